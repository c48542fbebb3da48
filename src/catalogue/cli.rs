//! The command line's words: its output, warnings and error messages, in
//! English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the command line.
    CliText {
        // Prefixes of every message
        Error => "error: {}", "Fehler: {}";
        Warning => "warning: {}", "Warnung: {}";
        WarningIndented => "  warning: {}", "  Warnung: {}";
        WarningOfVariant => "  warning ({}): {}", "  Warnung ({}): {}";
        // The app's own problems
        NeedsWindow => "workshop-kit: this command needs the app window", "workshop-kit: Dieser Befehl braucht das App-Fenster";
        CouldNotOpenWindow => "workshop-kit: could not open the window: {}", "workshop-kit: Das Fenster ließ sich nicht öffnen: {}";
        CouldNotWrite => "workshop-kit: could not write output: {}", "workshop-kit: Ausgabe konnte nicht geschrieben werden: {}";
        // Variants
        NoVariants => "this design has no variants", "dieser Entwurf hat keine Versionen";
        VariantsAre => "variants: {}", "Versionen: {}";
        NoSuchVariant => "--variant {}: no such variant ({})", "--variant {}: keine solche Version ({})";
        ChooseVariant => "this design has variants; choose one with --variant ({})", "Dieser Entwurf hat Versionen; wählen Sie eine mit --variant ({})";
        // check
        CheckLine => "{}: {}, {}, {}", "{}: {}, {}, {}";
        ItemsOne => "{} items", "{} Punkt";
        ItemsMany => "{} items", "{} Punkte";
        WarningsOne => "{} warning", "{} Warnung";
        WarningsMany => "{} warnings", "{} Warnungen";
        PlannedFromTo => "{} planned, {}–{}", "{} geplant, {}–{}";
        // schedule
        When => "When", "Wann";
        Dur => "Dur", "Dauer";
        What => "What", "Was";
        Why => "Why", "Warum";
        IfTime => " (if time)", " (falls Zeit bleibt)";
        Total => "Total {} planned, {}–{}", "Gesamt {} geplant, {}–{}";
        EndsOnTarget => ", ends on the target {}", ", endet pünktlich um {}";
        ToSpare => ", target {}, {} to spare", ", Zielende {}, {} Puffer";
        Over => ", target {}, {} over", ", Zielende {}, {} zu lang";
        // import
        WouldOverwriteInput => "{}: the output would overwrite the file being imported", "{}: Die Ausgabe würde die zu importierende Datei überschreiben";
        ImportedOne => "{}: imported {} items, {}–{}, written to {}", "{}: {} Punkt importiert, {}–{}, gespeichert in {}";
        ImportedMany => "{}: imported {} items, {}–{}, written to {}", "{}: {} Punkte importiert, {}–{}, gespeichert in {}";
        // kits
        Broken => "(broken: {})", "(defekt: {})";
        // export
        IsARun => "{} is a run; --doc report makes its report (handout, guide and signin need a design)", "{} ist ein Durchgang; --doc report erstellt seinen Bericht (handout, guide und signin brauchen einen Entwurf)";
        NeedsDoc => "a PDF needs --doc: {}", "für ein PDF fehlt --doc: {}";
        SheetIsForWorkbooks => "--sheet is for workbooks (.xlsx, .ods); {} is read from its first agenda table",
            "--sheet gilt für Arbeitsmappen (.xlsx, .ods); {} wird aus seiner ersten Ablauftabelle gelesen";
        DocIsForPdf => "--doc is for PDFs and Word documents; --format xlsx writes the agenda",
            "--doc gilt für PDFs und Word-Dokumente; --format xlsx schreibt den Ablauf";
        DocxNeedsDoc => "a Word document needs --doc: handout, guide", "für ein Word-Dokument fehlt --doc: handout, guide";
        DocxIsHandoutOrGuide => "a Word document is the handout or the guide; --doc {} is a PDF only",
            "ein Word-Dokument ist die Teilnehmerunterlage oder der Leitfaden; --doc {} gibt es nur als PDF";
        WordDocument => "{}: Word document, {} KB", "{}: Word-Dokument, {} KB";
        SheetsOne => "{}: {} sheet, {} KB", "{}: {} Tabellenblatt, {} KB";
        SheetsMany => "{}: {} sheets, {} KB", "{}: {} Tabellenblätter, {} KB";
        PagesOne => "{}: {} pages, {} KB", "{}: {} Seite, {} KB";
        PagesMany => "{}: {} pages, {} KB", "{}: {} Seiten, {} KB";
        // report
        CouldNotReadFolder => "could not read the folder: {}", "Der Ordner konnte nicht gelesen werden: {}";
        DecisionsFromOne => "decisions from {} ({} run left out)", "Entscheidungen aus {} ({} Durchgang nicht gezählt)";
        DecisionsFromMany => "decisions from {} ({} runs left out)", "Entscheidungen aus {} ({} Durchgänge nicht gezählt)";
        RehearsalsLeftOutOne => "{} run left out (rehearsals)", "{} Durchgang nicht gezählt (Proben)";
        RehearsalsLeftOutMany => "{} runs left out (rehearsals)", "{} Durchgänge nicht gezählt (Proben)";
        OfVariant => " of variant {}", " der Version {}";
        NoRunsLeftOut => "no runs{} to report on in {}: {} of {} are left out in {}", "keine Durchgänge{} für einen Bericht in {}: {} von {} sind in {} nicht gezählt";
        NoRunsFound => "no runs{} found in {}", "keine Durchgänge{} in {} gefunden";
        DifferentDesigns => "these are runs of different designs ({}); report on one design at a time", "Das sind Durchgänge verschiedener Entwürfe ({}); bitte je Bericht nur einen Entwurf";
        BarriersOne => "{}: {} barriers", "{}: {} Barriere";
        BarriersMany => "{}: {} barriers", "{}: {} Barrieren";
        RunsOne => "{} runs", "{} Durchgang";
        RunsMany => "{} runs", "{} Durchgänge";
    }
}
