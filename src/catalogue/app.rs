//! The app's own words: menus, buttons, tooltips, dialogs and status texts,
//! in English and German. The window's code asks `tr` for each, in the
//! language the app is set to (`set_app_lang`, once a frame).

use std::cell::Cell;

use super::catalogue;
use crate::model::Lang;

thread_local! {
    /// The app's language on the thread that draws the window.
    static APP_LANG: Cell<Lang> = const { Cell::new(Lang::English) };
}

/// Sets the language `tr` answers in, on this thread (the UI thread; each
/// UI test sets its own).
pub fn set_app_lang(lang: Lang) {
    APP_LANG.with(|l| l.set(lang));
}

/// The language the app speaks now.
pub fn app_lang() -> Lang {
    APP_LANG.with(Cell::get)
}

/// A message of the app in its language (from any of the app's catalogues:
/// `Ui`, `DesignUi`, `RunUi`, `ResultsUi`).
pub fn tr(message: impl super::Message) -> &'static str {
    message.text(app_lang())
}

/// A planned length in the app's language: `1h30`, "90 Min." (see [`super::length`]).
pub fn tr_length(m: crate::model::Minutes) -> String {
    super::length(m, app_lang())
}

/// A planned length in a narrow cell, in the app's language: `1h30`, "1 Std. 30".
pub fn tr_length_in_cell(m: crate::model::Minutes) -> String {
    super::length_in_cell(m, app_lang())
}

/// A message of the app with its `{}` places filled, in its language.
pub fn trf(message: impl super::Message, values: &[&dyn std::fmt::Display]) -> String {
    super::fill(message.text(app_lang()), values)
}

catalogue! {
    /// A fixed text of the app.
    Ui {
        // Menus and tabs
        File => "File", "Datei";
        Edit => "Edit", "Bearbeiten";
        AgendaMenu => "Agenda", "Ablauf";
        Timer => "Timer", "Timer";
        Export => "Export", "Export";
        Design => "Design", "Entwurf";
        Run => "Run", "Durchführung";
        Results => "Results", "Ergebnisse";
        NewFromKit => "New from kit", "Neu aus Vorlage";
        OpenRecent => "Open recent", "Zuletzt geöffnet";
        Language => "Language", "Sprache";
        AsTheSystem => "As the system ({})", "Wie das System ({})";
        Variant => "Variant:", "Version:";
        AllVariants => "All variants", "Alle Versionen";
        ExportPdf => "{} (PDF)…", "{} (PDF) …";
        ExportWord => "{} for Word (.docx)…", "{} für Word (.docx) …";
        ExportWordTip => "The PDF's content as a document to edit in Word or LibreOffice",
            "Der Inhalt des PDFs als Dokument zum Bearbeiten in Word oder LibreOffice";
        DocFormatLabel => "Format", "Format";
        FormatWord => "Word (.docx)", "Word (.docx)";
        ReportOfThisRun => "Results report of this run (PDF)…", "Ergebnisbericht dieses Durchgangs (PDF) …";
        StartRunFirst => "Start or resume a run first", "Erst einen Durchgang beginnen oder fortsetzen";
        // The documents, as the app names them
        ParticipantHandout => "Participant handout", "Teilnehmerunterlage";
        FacilitatorGuide => "Facilitator guide", "Moderationsleitfaden";
        SignInSheet => "Sign-in sheet", "Anwesenheitsliste";
        ResultsReport => "Results report", "Ergebnisbericht";
        ReportAcrossRuns => "Report across runs", "Bericht über alle Durchgänge";
        // Commands: labels
        New => "New", "Neu";
        Open => "Open…", "Öffnen …";
        Save => "Save", "Speichern";
        SaveAs => "Save as…", "Speichern unter …";
        ExportAgendaXlsx => "Agenda as Excel workbook (.xlsx)…", "Ablauf als Excel-Arbeitsmappe (.xlsx) …";
        ExportAgendaXlsxTip => "A sheet per version with real time cells, to edit in Excel or LibreOffice and import again", "Ein Tabellenblatt je Version mit echten Zeitzellen, zum Bearbeiten in Excel oder LibreOffice und wieder Importieren";
        DropToOpen => "Drop to open a design or import an agenda table", "Loslassen, um einen Entwurf zu öffnen oder eine Ablauftabelle zu importieren";
        CannotTakeDropped => "{} is neither a design nor an agenda table (.xlsx, .ods, .docx, .csv)", "{} ist weder ein Entwurf noch eine Ablauftabelle (.xlsx, .ods, .docx, .csv)";
        ImportAgenda => "Import agenda table…", "Ablauftabelle importieren …";
        Quit => "Quit", "Beenden";
        Undo => "Undo", "Rückgängig";
        Redo => "Redo", "Wiederholen";
        AddActivity => "+ Activity", "+ Aktivität";
        AddBreak => "+ Break", "+ Pause";
        AddSection => "+ Section", "+ Abschnitt";
        InsertAbove => "Insert above", "Darüber einfügen";
        Duplicate => "Duplicate", "Duplizieren";
        Delete => "Delete", "Löschen";
        MoveUp => "Move up", "Nach oben";
        MoveDown => "Move down", "Nach unten";
        PauseResume => "Pause / resume", "Pause / weiter";
        Next => "Next", "Weiter";
        Previous => "Previous", "Zurück";
        OneMoreMinute => "+1 min", "+1 Min.";
        FiveMoreMinutes => "+5 min", "+5 Min.";
        UndoRunAction => "Undo the last run action", "Letzten Schritt zurücknehmen";
        FullScreen => "Full screen", "Vollbild";
        AddNote => "Add note", "Notiz hinzufügen";
        Skip => "Skip", "Überspringen";
        FinishRun => "Finish run", "Durchgang beenden";
        ProjectorWindow => "Projector window", "Beamerfenster";
        Blackout => "Blackout", "Schwarzbild";
        // Commands: tooltips
        NewTip => "Start a blank workshop design", "Einen leeren Workshop-Entwurf beginnen";
        OpenTip => "Open a workshop design file", "Eine Entwurfsdatei öffnen";
        SaveTip => "Save the design to its file", "Den Entwurf in seiner Datei speichern";
        SaveAsTip => "Save the design to another file", "Den Entwurf in einer anderen Datei speichern";
        ImportAgendaTip => "Make a design from a When / What / Why table: an Excel or LibreOffice workbook (.xlsx, .ods), a Word document (.docx) or CSV", "Einen Entwurf aus einer Wann-/Was-/Warum-Tabelle machen: einer Excel- oder LibreOffice-Arbeitsmappe (.xlsx, .ods), einem Word-Dokument (.docx) oder CSV";
        QuitTip => "Close Workshop Kit", "Workshop Kit schließen";
        UndoTip => "Undo the last change to the design", "Die letzte Änderung am Entwurf zurücknehmen";
        RedoTip => "Redo what was undone", "Das Zurückgenommene wiederherstellen";
        AddActivityTip => "Add an activity after the selected row (at the end if none is selected)", "Eine Aktivität nach der gewählten Zeile einfügen (am Ende, wenn keine gewählt ist)";
        AddBreakTip => "Add a break after the selected row (at the end if none is selected)", "Eine Pause nach der gewählten Zeile einfügen (am Ende, wenn keine gewählt ist)";
        AddSectionTip => "Add a section heading after the selected row (at the end if none is selected)", "Eine Abschnittsüberschrift nach der gewählten Zeile einfügen (am Ende, wenn keine gewählt ist)";
        InsertAboveTip => "Insert an activity above the selected row", "Eine Aktivität über der gewählten Zeile einfügen";
        DuplicateTip => "Copy the selected row below itself", "Die gewählte Zeile darunter kopieren";
        DeleteTip => "Delete the selected row", "Die gewählte Zeile löschen";
        MoveUpTip => "Move the selected row up", "Die gewählte Zeile nach oben schieben";
        MoveDownTip => "Move the selected row down", "Die gewählte Zeile nach unten schieben";
        PauseResumeTip => "Start, pause or resume the clock", "Die Uhr starten, anhalten oder weiterlaufen lassen";
        NextTip => "End this item and start the next", "Diesen Punkt beenden und den nächsten beginnen";
        PreviousTip => "Back to the item before", "Zurück zum vorigen Punkt";
        OneMoreMinuteTip => "Give this item a minute more", "Diesem Punkt eine Minute mehr geben";
        FiveMoreMinutesTip => "Give this item five minutes more", "Diesem Punkt fünf Minuten mehr geben";
        UndoRunActionTip => "Take back the last run action (next, go to, skip, extend, finish…)", "Den letzten Schritt im Durchgang zurücknehmen (weiter, springen, überspringen, verlängern, beenden …)";
        FullScreenTip => "Full screen on or off (in the projector window: the projector)", "Vollbild an oder aus (im Beamerfenster: der Beamer)";
        AddNoteTip => "Add the note to this item", "Die Notiz zu diesem Punkt hinzufügen";
        SkipTip => "Leave this item out and go on", "Diesen Punkt auslassen und weitermachen";
        FinishRunTip => "End the run (it can be undone)", "Den Durchgang beenden (lässt sich zurücknehmen)";
        ProjectorWindowTip => "A second window for the room, open or closed: drag it to the projector, then full screen", "Ein zweites Fenster für den Raum, auf oder zu: auf den Beamer ziehen, dann Vollbild";
        BlackoutTip => "Blank the projector to black, and back", "Den Beamer schwarz schalten und zurück";
        // The export dialog
        ExportTitle => "Export: {}", "Export: {}";
        Version => "Version", "Version";
        Content => "Content", "Inhalt";
        Paper => "Paper", "Papier";
        OpenWhenWritten => "Open the file when it is written", "Datei nach dem Schreiben öffnen";
        NoNotesInHandout => "The handout never contains facilitator notes.", "Die Teilnehmerunterlage enthält nie Hinweise für die Moderation.";
        WillNotHold => "⚠ Times on this handout will not hold: {}", "⚠ Die Zeiten auf dieser Unterlage stimmen nicht: {}";
        ExportButton => "Export…", "Exportieren …";
        Cancel => "Cancel", "Abbrechen";
        TheRun => "The run", "Der Durchgang";
        TheRuns => "The {} runs", "Die {} Durchgänge";
        OfVersion => " of the {} version", " der Version {}";
        CountedInView => "{}{} counted in the results view", "{}{}, wie in den Ergebnissen gezählt";
        Exported => "Exported {}", "{} exportiert";
        UntitledWorkshop => "Untitled workshop", "Workshop ohne Titel";
        Untitled => "Untitled", "Ohne Titel";
        // Key names in shortcuts, as a German keyboard labels them
        ModCtrl => "Ctrl", "Strg";
        ModShift => "Shift", "Umschalt";
        ModAlt => "Alt", "Alt";
        KeyDelete => "Delete", "Entf";
        KeyUp => "Up", "↑";
        KeyDown => "Down", "↓";
        KeyLeft => "Left", "←";
        KeyRight => "Right", "→";
        KeyEnter => "Enter", "Eingabe";
        KeySpace => "Space", "Leertaste";
        KeyPageUp => "PageUp", "Bild↑";
        KeyPageDown => "PageDown", "Bild↓";
    }
}
