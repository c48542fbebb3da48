//! The app's words for the results view and what the app says when it acts on commands, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the results view and what the app says when it acts on commands.
    ResultsUi {
        // The window
        AppName => "Workshop Kit", "Workshop Kit";
        // The results view: tabs and toolbar
        TabMasterList => "Barrier master list", "Barrieren-Gesamtliste";
        TabIdeas => "Ideas and actions", "Ideen und Maßnahmen";
        TabDurations => "Durations", "Zeitbedarf";
        RunOf => "Run of {}", "Durchgang vom {}";
        ResultsOf => "Results of \"{}\"", "Ergebnisse von „{}“";
        RunsIn => "Runs in {}", "Durchgänge in {}";
        ChooseFolder => "Choose folder…", "Ordner wählen …";
        ChooseFolderTip => "The folder the run files are in", "Der Ordner mit den Dateien der Durchgänge";
        Reload => "Reload", "Neu laden";
        ReloadTip => "Read the run files again", "Die Dateien der Durchgänge neu einlesen";
        CountRunsOf => "Count the runs of", "Gezählt werden:";
        EveryVersion => "every version", "alle Versionen";
        ExportReport => "Export report (PDF)…", "Bericht exportieren (PDF) …";
        ExportReportTip => "The report across the runs counted", "Der Bericht über die gezählten Durchgänge";
        ExportMasterList => "Export master list (CSV)…", "Barrierenliste exportieren (CSV) …";
        ExportMasterListTip => "Barriers with runs, votes, priority and owner", "Barrieren mit Durchgängen, Stimmen, Priorität und Verantwortlichen";
        NoRunsYet => "No runs of this design yet", "Noch keine Durchgänge dieses Entwurfs";
        LookedIn => "Looked in {} for run files (*.session.ron).", "Dateien von Durchgängen (*.session.ron) gesucht in {}.";
        RunsAreSaved => "Runs are saved there when you run the workshop (Run, above), or choose the folder they are in.", "Durchgänge werden dort gespeichert, wenn Sie den Workshop durchführen (Durchführung, oben); oder wählen Sie den Ordner, in dem sie liegen.";
        // The runs list
        RunsCounted => "Runs ({} of {} counted)", "Durchgänge ({} von {} gezählt)";
        DecisionsUnreadable => "The decisions file could not be read: {}. Runs counted, merges, priorities and owners cannot be changed until it is fixed or moved away (then Reload); it is left as it is.", "Die Datei mit den Entscheidungen war nicht lesbar: {}. Gezählte Durchgänge, Zusammenführungen, Prioritäten und Verantwortliche lassen sich erst ändern, wenn sie repariert oder entfernt ist (dann „Neu laden“); sie bleibt unverändert.";
        Started => "Started", "Beginn";
        Facilitator => "Facilitator", "Moderation";
        People => "People", "Personen";
        Captures => "Captures", "Erfasst";
        CountThisRun => "Count this run in the results", "Diesen Durchgang in den Ergebnissen zählen";
        CountTheRunOf => "Count the run of {}", "Durchgang vom {} zählen";
        CapturedCounts => "{} ideas, {} barriers, {} actions, {} notes", "{} Ideen, {} Barrieren, {} Maßnahmen, {} Notizen";
        NotCounted => "{}: {} (not counted: only {} runs are)", "{}: {} (nicht gezählt: nur Durchgänge der Version {})";
        OneOtherDesign => "1 run of another design in this folder is not shown.", "1 Durchgang eines anderen Entwurfs in diesem Ordner wird nicht gezeigt.";
        OtherDesigns => "{} runs of other designs in this folder are not shown.", "{} Durchgänge anderer Entwürfe in diesem Ordner werden nicht gezeigt.";
        FilesUnreadable => "Files that could not be read (left as they are):", "Nicht lesbare Dateien (unverändert gelassen):";
        Rehearsal => "Rehearsal", "Probe";
        Unfinished => "unfinished", "abgebrochen";
        NoDate => "no date", "ohne Datum";
        // The barrier master list
        BarriersInDepartments => "{} barriers in {} departments", "{} Barrieren in {} Abteilungen";
        ClearTicks => "Clear ticks", "Häkchen entfernen";
        SameBarrierNote => "The same barrier in other words (case, punctuation, spacing) is already one row. Tick rows of one department that mean the same and merge them; the merge holds in every department.", "Dieselbe Barriere in anderer Schreibweise (Groß-/Kleinschreibung, Satzzeichen, Leerzeichen) ist schon eine Zeile. Kreuzen Sie Zeilen einer Abteilung an, die dasselbe meinen, und führen Sie sie zusammen; das gilt dann in jeder Abteilung.";
        NoBarriers => "The runs counted have no barriers.", "Die gezählten Durchgänge haben keine Barrieren.";
        Barrier => "Barrier", "Barriere";
        RunsShort => "Runs", "Durchg.";
        Mentions => "Mentions", "Nennungen";
        Votes => "Votes", "Stimmen";
        Priority => "Priority", "Priorität";
        Owner => "Owner", "Verantwortlich";
        SortTip => "Sort by this column (again: the other way round)", "Nach dieser Spalte sortieren (nochmals: umgekehrt)";
        NoDepartment => "(no department)", "(keine Abteilung)";
        TickNamed => "Tick {}", "{} ankreuzen";
        MergedCount => "+{} merged", "+{} zusammengeführt";
        MergedByHand => "Merged by hand: {}.\nClick to split them apart again.", "Von Hand zusammengeführt: {}.\nKlicken, um sie wieder zu trennen.";
        WrittenDown => "Written down {} times in all", "Insgesamt {}-mal notiert";
        PriorityOf => "Priority of {}", "Priorität von {}";
        WhoRemovesIt => "who removes it", "wer sie beseitigt";
        OwnerOf => "Owner of {}", "Verantwortlich für {}";
        TickTwoOrMore => "Tick two or more barriers of one department that mean the same", "Zwei oder mehr Barrieren einer Abteilung ankreuzen, die dasselbe meinen";
        DifferentDepartments => "The ticked barriers are in different departments", "Die angekreuzten Barrieren gehören zu verschiedenen Abteilungen";
        CountAsOne => "Count these {} as one, \"{}\" (the same wordings in other departments too)", "Diese {} als eine zählen: „{}“ (auch dieselben Formulierungen in anderen Abteilungen)";
        MergeTicked => "Merge ticked", "Angekreuzte zusammenführen";
        MergeNTicked => "Merge {} ticked", "{} angekreuzte zusammenführen";
        // Durations
        TheVersionOfDesign => "the {} version of the design", "die Version {} des Entwurfs";
        TheDesign => "the design", "den Entwurf";
        ActualTimes => "Actual times of each item in {} runs, and the median rounded to 5 minutes as a suggestion.", "Tatsächliche Zeiten jedes Punkts in {} Durchgängen, als Vorschlag der Median auf 5 Minuten gerundet.";
        ApplyAll => "Apply all {} suggestions", "Alle {} Vorschläge übernehmen";
        RangeOfMinutes => "{}–{}\u{a0}min", "{}–{}\u{a0}Min.";
        ApplyTheOne => "Apply the suggestion", "Den Vorschlag übernehmen";
        ApplyAllTip => "Set every suggested duration in {} (one undo step)", "Jede vorgeschlagene Dauer in {} übernehmen (ein Schritt zum Rückgängigmachen)";
        AllVersionsTogether => "These are the runs of every version together; count one version (above) to calibrate it alone.", "Das sind die Durchgänge aller Versionen zusammen; zählen Sie eine Version (oben), um sie allein zu kalibrieren.";
        NoItemRan => "No item ran from start to end in the runs counted.", "In den gezählten Durchgängen lief kein Punkt von Anfang bis Ende.";
        Item => "Item", "Punkt";
        Planned => "Planned", "Geplant";
        PlannedTip => "The duration the runs were planned with", "Die Dauer, mit der die Durchgänge geplant waren";
        InDesign => "In design", "Im Entwurf";
        InDesignTip => "The item's duration in the design now", "Die Dauer des Punkts, wie sie jetzt im Entwurf steht";
        Median => "Median", "Median";
        MedianTip => "Half the runs took less, half more (minutes:seconds)", "Die Hälfte der Durchgänge brauchte weniger, die Hälfte mehr (Minuten:Sekunden)";
        Range => "Range", "Spanne";
        RangeTip => "The shortest and the longest run of the item", "Der kürzeste und der längste Ablauf des Punkts";
        RunsTip => "Runs in which the item ran from start to end", "Durchgänge, in denen der Punkt von Anfang bis Ende lief";
        Suggested => "Suggested", "Vorschlag";
        SuggestedTip => "The median rounded to 5 minutes", "Der Median, auf 5 Minuten gerundet";
        NotInDesign => "not in the design", "nicht im Entwurf";
        InTheDesign => "in the design", "im Entwurf";
        ApplyOne => "Apply {}", "{} übernehmen";
        SetFromTo => "Set \"{}\" from {} to {} in {}", "„{}“ von {} auf {} ändern; gilt für {}";
        ApplyOneTo => "Apply {} to {}", "{} für {} übernehmen";
        // Ideas and actions
        IdeasCount => "Ideas ({})", "Ideen ({})";
        NoIdeas => "The runs counted have no ideas.", "Die gezählten Durchgänge haben keine Ideen.";
        IdeaAndAddOns => "Idea and add-ons", "Idee und Ergänzungen";
        RunHead => "Run", "Durchgang";
        Contributors => "Contributors", "Beteiligte";
        ActionsCount => "Actions ({})", "Maßnahmen ({})";
        NoActions => "The runs counted have no actions.", "Die gezählten Durchgänge haben keine Maßnahmen.";
        Action => "Action", "Maßnahme";
        Due => "Due", "Fällig";
        // One run opened
        RunGone => "This run is no longer in the folder.", "Dieser Durchgang ist nicht mehr im Ordner.";
        InProgress => "This run is in progress: correct it in Run mode; here it is shown as it was when the results were read.", "Dieser Durchgang läuft noch: Korrigieren Sie ihn in der Durchführung; hier steht er so, wie er beim Einlesen der Ergebnisse war.";
        Took => "{}, took {}", "{}, Dauer {}";
        NothingCaptured => "Nothing was captured in this run.", "In diesem Durchgang wurde nichts erfasst.";
        OneVote => "1 vote", "1 Stimme";
        ManyVotes => "{} votes", "{} Stimmen";
        RunName => "Run name", "Name";
        EgRehearsal => "e.g. rehearsal", "z. B. Probe";
        NameOfRun => "Name of the run", "Name des Durchgangs";
        RehearsalTip => "A rehearsal is left out of the results unless you tick it in the list", "Eine Probe zählt in den Ergebnissen nur, wenn Sie sie in der Liste ankreuzen";
        LeftUnfinished => "Left unfinished: a new run was started instead", "Abgebrochen: Stattdessen wurde ein neuer Durchgang begonnen";
        WhoRanIt => "who ran it", "wer moderiert hat";
        FacilitatorOfRun => "Facilitator of the run", "Moderation des Durchgangs";
        Ran => "Ran", "Zeitraum";
        FromTo => "{} to {}", "{} bis {}";
        OnRoster => "{} on the roster", "{} auf der Liste";
        WhoCame => "Who came", "Wer da war";
        Frontline => "Frontline", "Front-Office";
        Backline => "Backline", "Back-Office";
        OtherLine => "Other", "Sonstige";
        CorrectNamed => "Correct {}", "{} korrigieren";
        ReallyRemove => "Really remove?", "Wirklich entfernen?";
        RemovedAtOnce => "Removed from the run's file at once; this cannot be undone", "Wird sofort aus der Datei des Durchgangs entfernt; lässt sich nicht zurücknehmen";
        Remove => "Remove", "Entfernen";
        RemoveTip => "Remove this entry from the run", "Diesen Eintrag aus dem Durchgang entfernen";
        Idea => "Idea", "Idee";
        OptionKind => "Option", "Option";
        Poll => "Poll", "Umfrage";
        Note => "Note", "Notiz";
        DepartmentOf => "Department of {}", "Abteilung von {}";
        DepartmentHint => "department", "Abteilung";
        OwnerHint => "owner", "verantwortlich";
        DueOn => "due {}", "bis {}";
        // What the app says when it acts on commands
        PdfNotOpened => "The PDF is written but could not be opened", "Das PDF ist geschrieben, ließ sich aber nicht öffnen";
        CouldNotExportPdf => "Could not export the PDF", "PDF konnte nicht exportiert werden";
        CouldNotExportTable => "Could not export the agenda", "Der Ablauf konnte nicht exportiert werden";
        FixOrMoveAway => "{}\nFix the file or move it away, then Reload.", "{}\nDatei reparieren oder entfernen, dann „Neu laden“.";
        DecisionsNotSaved => "The decisions are not saved", "Die Entscheidungen sind nicht gespeichert";
        CouldNotSaveDecisions => "Could not save the decisions on the results", "Die Entscheidungen zu den Ergebnissen konnten nicht gespeichert werden";
        SavedCorrection => "Saved the correction to {}", "Korrektur in {} gespeichert";
        CouldNotSaveCorrection => "Could not save the correction to the run", "Die Korrektur am Durchgang konnte nicht gespeichert werden";
        ExportedBarriers => "Exported {} ({} barriers)", "{} exportiert ({} Barrieren)";
        CouldNotExportMasterList => "Could not export the master list", "Die Barrierenliste konnte nicht exportiert werden";
        RunFileNotWritten => "The run file could not be written", "Die Datei des Durchgangs konnte nicht geschrieben werden";
        CouldNotMarkUnfinished => "Could not mark the run as unfinished", "Der Durchgang ließ sich nicht als abgebrochen markieren";
        CouldNotResume => "Could not resume the run", "Der Durchgang konnte nicht fortgesetzt werden";
        FileDialogOpen => "A file dialog is already open: answer it first", "Ein Dateidialog ist schon offen: bitte zuerst beantworten";
        KitNotLoaded => "The bundled kit could not be loaded", "Die mitgelieferte Vorlage konnte nicht geladen werden";
        CouldNotOpenDesign => "Could not open the design", "Der Entwurf konnte nicht geöffnet werden";
        CouldNotOpenLastDesign => "Could not open the last design", "Der zuletzt geöffnete Entwurf konnte nicht geöffnet werden";
        CouldNotSave => "Could not save", "Speichern fehlgeschlagen";
        CouldNotImportTable => "Could not import the table", "Die Tabelle konnte nicht importiert werden";
        CouldNotImportRoster => "Could not import the roster", "Die Teilnehmerliste konnte nicht importiert werden";
        RecoveryUnreadable => "The recovery file could not be read; it was left in place", "Die Wiederherstellungsdatei war nicht lesbar; sie bleibt, wo sie ist";
        Undone => "Undone: {}", "Zurückgenommen: {}";
        NoRunsToReport => "No runs to report on", "Keine Durchgänge für einen Bericht";
        TickOneRun => "Tick at least one run in the list (of the version counted) first.", "Kreuzen Sie zuerst mindestens einen Durchgang (der gezählten Version) in der Liste an.";
        // Run actions, as the undo button and notices name them
        EventStart => "Start", "Start";
        EventPause => "Pause", "Pause";
        EventResume => "Resume", "Fortsetzen";
        EventGoTo => "Go to {}", "Zu {} springen";
        EventExtend => "+{} min", "+{} Min.";
        EventSkip => "Skip {}", "{} überspringen";
        EventReplan => "Accept the plan", "Plan übernehmen";
        EventShifted => "Times shifted to the start", "Zeiten zum Beginn verschoben";
        EventAsDesigned => "Clock times as designed", "Uhrzeiten wie im Entwurf";
    }
}
