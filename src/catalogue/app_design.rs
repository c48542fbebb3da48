//! The app's words for the design view, the dialogs and the file pickers, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the design view, the dialogs and the file pickers.
    DesignUi {
        // The toolbar and the agenda table
        DragHint => "Drag a row by its dots to move it", "Zeilen an den Punkten verschieben";
        When => "When", "Wann";
        Duration => "Duration", "Dauer";
        What => "What", "Was";
        Why => "Why", "Warum";
        Format => "Format", "Arbeitsform";
        Lead => "Lead", "Leitung";
        IfTime => "If time", "Optional";
        Variants => "Variants", "Versionen";
        AgendaEmpty => "The agenda is empty. Add an activity, a break or a section with the buttons above.",
            "Der Ablauf ist leer. Fügen Sie mit den Schaltflächen oben eine Aktivität, eine Pause oder einen Abschnitt hinzu.";
        DragToMove => "Drag to move this item", "Ziehen, um diesen Punkt zu verschieben";
        DurationOf => "Duration of {}", "Dauer von {}";
        WhyOf => "Why of {}", "Warum von {}";
        WhyPurpose => "Why (purpose)", "Warum (Zweck)";
        LeadOf => "Lead of {}", "Leitung von {}";
        IfTimeTip => "If time: the first thing to drop when the day runs late", "Optional: fällt als Erstes weg, wenn es spät wird";
        IfTimeOf => "If time: {}", "Optional: {}";
        FixedStartOf => "Fixed start of {}", "Feste Startzeit von {}";
        FixedStartTip => "Fixed start: this item starts at this time whatever comes before it",
            "Feste Startzeit: Dieser Punkt beginnt zu dieser Zeit, egal was davor kommt";
        SectionTitle => "Section title", "Abschnittstitel";
        TitleOf => "Title of {}", "Titel von {}";
        IfTimeMark => "(if time)", "(optional)";
        FormatOf => "Format of {}", "Arbeitsform von {}";
        All => "All", "Alle";
        // Formats
        WholeGroup => "Whole group", "Plenum";
        Pairs => "Pairs", "Paare";
        SmallGroups => "Small groups", "Kleingruppen";
        GroupsOf => "Groups of {}", "Gruppen à {}";
        Individual => "Individual", "Einzelarbeit";
        // The workshop's details
        WorkshopDetailsOpen => "▼ Workshop details", "▼ Workshop-Details";
        WorkshopDetailsClosed => "▶ Workshop details", "▶ Workshop-Details";
        WorkshopDetails => "Workshop details", "Workshop-Details";
        BackToAgenda => "Back to the agenda", "Zurück zum Ablauf";
        WorkshopDetailsTip => "Every field of the workshop: title, client, times, objectives, glossary, variants",
            "Alle Angaben zum Workshop: Titel, Auftraggeber, Zeiten, Ziele, Glossar, Versionen";
        Title => "Title", "Titel";
        Client => "Client", "Auftraggeber";
        Facilitator => "Facilitator", "Moderation";
        SponsorLead => "Sponsor / lead", "Sponsor / Leitung";
        Audience => "Audience", "Zielgruppe";
        Venue => "Venue", "Ort";
        Date => "Date", "Datum";
        DateFormat => "YYYY-MM-DD", "JJJJ-MM-TT";
        Start => "Start", "Beginn";
        TargetEnd => "Target end", "Zielende";
        GroupSize => "Group size", "Gruppengröße";
        Objectives => "Objectives: what we plan to do", "Ziele: was wir vorhaben";
        Approach => "Approach: how we plan to do this", "Vorgehen: wie wir es angehen";
        GroundRules => "Ground rules", "Spielregeln";
        Messages => "Messages for the projector", "Hinweise für den Beamer";
        OnePerLine => "One per line", "Ein Eintrag pro Zeile";
        Glossary => "Glossary: the words we agree on", "Glossar: Begriffe, auf die wir uns einigen";
        GlossaryTerm => "Glossary term {}", "Glossarbegriff {}";
        MeaningOf => "Meaning of {}", "Bedeutung von {}";
        RemoveThisTerm => "Remove this term", "Diesen Begriff entfernen";
        RemoveGlossaryTerm => "Remove glossary term {}", "Glossarbegriff {} entfernen";
        AddTerm => "+ Term", "+ Begriff";
        VariantsHeading => "Variants: versions of this workshop for different audiences",
            "Versionen: Fassungen dieses Workshops für verschiedene Zielgruppen";
        NameOfVariant => "Name of variant {}", "Name der Version {}";
        WhoFor => "Who {} is for", "Für wen {} gedacht ist";
        RemoveThisVariant => "Remove this variant", "Diese Version entfernen";
        RemoveVariant => "Remove variant {}", "Version {} entfernen";
        AddVariant => "+ Variant", "+ Version";
        // The status strip
        ChangedSince => "{} (changed since)", "{} (seitdem geändert)";
        NoWarnings => "No warnings", "Keine Warnungen";
        WarningIn => "Warning ({}): {}", "Warnung ({}): {}";
        Warning => "Warning: {}", "Warnung: {}";
        SelectTheItem => "Select the item", "Punkt auswählen";
        StartAt => "Start {}", "Beginn {}";
        EndAt => "End {}", "Ende {}";
        Planned => "Planned {}", "Geplant {}";
        TargetAt => "Target {}", "Zielende {}";
        Over => "{} over", "{} zu lang";
        EndsOnTarget => "Ends on target", "Endet pünktlich";
        ToSpare => "{} to spare", "{} Puffer";
        // The item's details
        ItemDetails => "Item details", "Details zum Punkt";
        Close => "Close", "Schließen";
        CloseTip => "Hide the details (Esc deselects the row)", "Details ausblenden (Esc hebt die Auswahl auf)";
        Kind => "Kind", "Art";
        ItemTitle => "Item title", "Titel des Punkts";
        ItemDuration => "Item duration", "Dauer des Punkts";
        CanShrinkTo => "Can shrink to", "Kürzbar auf";
        MinimumDuration => "Minimum duration", "Mindestdauer";
        ShrinkTip => "How short it may get when the day runs late; empty: it cannot shrink",
            "Wie kurz es werden darf, wenn es spät wird; leer: nicht kürzbar";
        FixedStart => "Fixed start", "Feste Startzeit";
        FixedStartDetailTip => "A clock time this item must start at (lunch, a guest); empty: it follows the item before",
            "Uhrzeit, zu der dieser Punkt beginnen muss (Mittag, ein Gast); leer: folgt auf den Punkt davor";
        DropFirst => "Drop this first when the day runs late", "Fällt als Erstes weg, wenn es spät wird";
        ItemIsIfTime => "Item is if time", "Punkt ist optional";
        AtZero => "At 0:00", "Bei 0:00";
        WhenTimeIsUp => "When time is up", "Wenn die Zeit um ist";
        CountOver => "Count on over time", "Überzeit weiterzählen";
        Hold => "Hold at 0:00", "Bei 0:00 anhalten";
        NextItem => "Go on to the next item", "Zum nächsten Punkt wechseln";
        Of => "of", "à";
        GroupSizePerGroup => "Group size per group", "Personen pro Gruppe";
        ItemLead => "Item lead", "Leitung des Punkts";
        WhatHappens => "What happens", "Was passiert";
        ParticipantInstructions => "Participant instructions (handout and projector)",
            "Anleitung für Teilnehmende (Unterlage und Beamer)";
        FacilitatorNotes => "Facilitator notes (never shown to participants)",
            "Hinweise für die Moderation (nie für Teilnehmende sichtbar)";
        Materials => "Materials", "Material";
        Captures => "Captures: what the room produces here", "Erfassen: was hier im Raum entsteht";
        Anonymous => "Anonymous: no names asked, kept, shown or printed",
            "Anonym: keine Namen erfragt, gespeichert, gezeigt oder gedruckt";
        CapturesAnonymous => "Captures are anonymous", "Erfassung ist anonym";
        Ideas => "Ideas", "Ideen";
        Barriers => "Barriers", "Barrieren";
        Votes => "Votes", "Stimmen";
        Poll => "Poll", "Umfrage";
        Actions => "Actions", "Maßnahmen";
        Notes => "Notes", "Notizen";
        CaptureOf => "Capture {}", "Erfassen: {}";
        PollQuestion => "Poll question", "Frage der Umfrage";
        PollOptionsHint => "Options, one per line", "Antworten, eine pro Zeile";
        PollOptions => "Poll options", "Antworten der Umfrage";
        RunsIn => "Runs in", "Läuft in";
        Only => "Only:", "Nur:";
        RunsInName => "Runs in {}", "Läuft in {}";
        Differences => "Differences per variant", "Abweichungen je Version";
        DifferentDuration => "Different duration", "Andere Dauer";
        DifferentDurationIn => "Different duration in {}", "Andere Dauer in {}";
        DurationIn => "Duration in {}", "Dauer in {}";
        FieldTitle => "title", "Titel";
        FieldWhat => "what", "Was";
        FieldWhy => "why", "Warum";
        FieldParticipant => "participant instructions", "Anleitung für Teilnehmende";
        FieldFacilitator => "facilitator notes", "Hinweise für die Moderation";
        Different => "Different {}", "Abweichend: {}";
        DifferentIn => "Different {} in {}", "Abweichend: {} in {}";
        Activity => "Activity", "Aktivität";
        Break => "Break", "Pause";
        SectionHeading => "Section heading", "Abschnitt";
        // Typed times, durations and dates
        NotATime => "\"{}\" is not a time of day (write it as 09:30, 9:30, 9.30 or 0930)",
            "„{}“ ist keine Uhrzeit (so schreiben: 09:30, 9:30, 9.30 oder 0930)";
        NotADuration => "\"{}\" is not a duration (write it as 10, 90m, 1h30 or 1:30)",
            "„{}“ ist keine Dauer (so schreiben: 10, 90m, 1h30 oder 1:30)";
        NotADate => "\"{}\" is not a date (write it as YYYY-MM-DD, e.g. 2026-12-03)",
            "„{}“ ist kein Datum (so schreiben: JJJJ-MM-TT, z. B. 2026-12-03)";
        // The document
        SavedAt => "Saved {} — {}", "Gespeichert {} — {}";
        WindowTitle => "{} — {}{} — Workshop Kit", "{} — {}{} — Workshop Kit";
        // Save changes?
        SaveChanges => "Save changes?", "Änderungen speichern?";
        UnsavedChanges => "This workshop has changes that are not saved yet.",
            "Dieser Workshop hat Änderungen, die noch nicht gespeichert sind.";
        DontSave => "Don't save", "Nicht speichern";
        // The app's own file dialog
        TheFoldersPath => "the folder's path", "den Pfad des Ordners";
        ThePathToWrite => "the path of the file to write", "den Pfad der zu schreibenden Datei";
        ThePathOfTheFile => "the path of the file", "den Pfad der Datei";
        OrPick => ", or pick a file in the list", " oder wählen Sie eine Datei aus der Liste";
        NoSystemDialog => "No system file dialog is available here: type {}{}.",
            "Hier gibt es keinen Dateidialog des Systems: Geben Sie {} ein{}.";
        Path => "Path:", "Pfad:";
        Choose => "Choose", "Auswählen";
        OpenButton => "Open", "Öffnen";
        NoFolderAt => "There is no folder at {}", "Unter {} gibt es keinen Ordner";
        NoFileAt => "There is no file at {}", "Unter {} gibt es keine Datei";
        TypeAFileName => "Type a file name, not only a folder", "Einen Dateinamen eingeben, nicht nur einen Ordner";
        AlreadyExists => "{} already exists. Press Save again to replace it.",
            "{} gibt es schon. Zum Ersetzen noch einmal „Speichern“ drücken.";
        AlreadyExistsBak => "{} already exists. Press Save again to replace it (the old one is kept as .bak).",
            "{} gibt es schon. Zum Ersetzen noch einmal „Speichern“ drücken (die alte Datei bleibt als .bak erhalten).";
        // Restore unsaved work?
        RestoreTitle => "Restore unsaved work?", "Ungespeicherte Arbeit wiederherstellen?";
        ForPath => "for {}", "für {}";
        ForNeverSaved => "for a design that was never saved", "für einen nie gespeicherten Entwurf";
        ClosedWithoutSaving => "Workshop Kit closed without saving \"{}\" ({}). Restore it as it was?",
            "Workshop Kit wurde beendet, ohne „{}“ zu speichern ({}). So wiederherstellen, wie es war?";
        Restore => "Restore", "Wiederherstellen";
        Discard => "Discard", "Verwerfen";
        // Resume an unfinished run?
        ResumeTheRun => "Resume the unfinished run?", "Den unterbrochenen Durchgang fortsetzen?";
        ResumeARun => "Resume an unfinished run?", "Einen unterbrochenen Durchgang fortsetzen?";
        RunsDidNotFinish => "{} runs did not finish. Their timings and captures are in their files.",
            "{} Durchgänge wurden nicht beendet. Ihre Zeiten und Erfassungen stehen in ihren Dateien.";
        Resume => "Resume", "Fortsetzen";
        ResumeStarted => "Resume the run started {}", "Den Durchgang vom {} fortsetzen";
        ResumeRun => "Resume run", "Durchgang fortsetzen";
        KeepTip => "The unfinished run stays on disk, marked unfinished, and is listed in Results",
            "Der unterbrochene Durchgang bleibt als unbeendet gespeichert und steht unter Ergebnisse";
        StartNewRun => "Start a new run", "Neuen Durchgang beginnen";
        NotNow => "Not now", "Nicht jetzt";
        AskAgain => "Ask again at the next start", "Beim nächsten Start wieder fragen";
        ForgetTip => "Do not offer it again; the run file stays and is listed in Results",
            "Nicht mehr anbieten; die Datei des Durchgangs bleibt und steht unter Ergebnisse";
        ItIsOver => "It is over", "Er ist vorbei";
        // The file pickers
        OpenDesignTitle => "Open a workshop design", "Workshop-Entwurf öffnen";
        SaveDesignTitle => "Save the workshop design as", "Workshop-Entwurf speichern unter";
        ImportAgendaTitle => "Import a When / What / Why table", "Wann-/Was-/Warum-Tabelle importieren";
        ExportXlsxTitle => "Export the agenda as an Excel workbook", "Ablauf als Excel-Arbeitsmappe exportieren";
        ExcelWorkbook => "Excel workbook (.xlsx)", "Excel-Arbeitsmappe (.xlsx)";
        ChooseSheetHeading => "Which sheet?", "Welches Tabellenblatt?";
        ChooseSheetExplain => "{} has an agenda on more than one sheet. Import this one:", "{} hat auf mehreren Tabellenblättern einen Ablauf. Dieses importieren:";
        ImportThisSheet => "Import", "Importieren";
        PasteHeading => "Add the pasted rows?", "Eingefügte Zeilen übernehmen?";
        PasteAfter => "{}, after \"{}\":", "{}, nach „{}“:";
        PasteAtEnd => "{}, at the end of the agenda:", "{}, am Ende des Ablaufs:";
        PasteAdd => "Add {}", "{} hinzufügen";
        OneItem => "1 item", "1 Punkt";
        ManyItems => "{} items", "{} Punkte";
        CouldNotPaste => "Could not read the pasted table", "Die eingefügte Tabelle ist nicht lesbar";
        AgendaTables => "Agenda tables (.xlsx, .ods, .docx, .csv)", "Ablauftabellen (.xlsx, .ods, .docx, .csv)";
        ImportRosterTitle => "Import a roster (CSV with Name, Department, Line)",
            "Teilnehmerliste importieren (CSV mit Name, Abteilung, Linie)";
        RunFolderTitle => "Folder for run files", "Ordner für Durchgangsdateien";
        ExportPdfTitle => "Export the PDF as", "PDF exportieren als";
        ExportDocxTitle => "Export the Word document as", "Word-Dokument exportieren als";
        ExportCsvTitle => "Export the barrier master list as CSV", "Gesamtliste der Barrieren als CSV exportieren";
        WorkshopDesign => "Workshop design", "Workshop-Entwurf";
        CsvTable => "CSV table", "CSV-Tabelle";
        Folder => "Folder", "Ordner";
        PdfDocument => "PDF document", "PDF-Dokument";
        WordDocument => "Word document (.docx)", "Word-Dokument (.docx)";
        ImportTitleHeading => "Title of the workshop", "Titel des Workshops";
        ImportTitleExplain => "The table has no title row. What is the workshop called?", "Die Tabelle hat keine Titelzeile. Wie heißt der Workshop?";
        ImportTitleField => "Workshop title", "Workshop-Titel";
        ImportTitleOk => "Use this title", "Diesen Titel nehmen";
        ImportTitleKeep => "Keep the file’s name", "Dateinamen behalten";
    }
}
