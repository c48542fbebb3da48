//! The command line's help and usage errors, in English and German: what
//! `--help` says of each command and argument, the headings and placeholders
//! of the help page, and the messages for a command line that cannot be read.

use super::catalogue;

catalogue! {
    /// A text of the command line's help.
    CliHelp {
        // The program
        About => "Design, run and report facilitated workshops, offline.",
            "Workshops entwerfen, moderieren und auswerten – ganz ohne Netz.";
        AboutMore => "With no command, opens the app window on the last design (or a bundled kit). FILE may be a path to a `.workshop.ron` file or the name of a bundled kit ({}).",
            "Ohne Befehl öffnet sich das App-Fenster mit dem zuletzt geöffneten Entwurf (oder einer mitgelieferten Vorlage). DATEI ist der Pfad einer `.workshop.ron`-Datei oder der Name einer mitgelieferten Vorlage ({}).";
        SmokeFrames => "Open the window, draw N frames, print the time from start to the first frame, and exit (to measure start-up from outside).",
            "Öffnet das Fenster, zeichnet N Bilder, gibt die Zeit vom Start bis zum ersten Bild aus und beendet sich (um den Start von außen zu messen).";
        HelpFlag => "Print help", "Hilfe anzeigen";
        VersionFlag => "Print version", "Version anzeigen";
        // Commands and their arguments
        OpenAbout => "Open the app window on a design file or bundled kit.",
            "Öffnet das App-Fenster mit einer Entwurfsdatei oder einer mitgelieferten Vorlage.";
        DesignFile => "Design file or bundled kit name.", "Entwurfsdatei oder Name einer mitgelieferten Vorlage.";
        RunAbout => "Open the app in run mode on a design, timer started on the first item.",
            "Öffnet die App mit einem Durchgang des Entwurfs; die Uhr läuft ab dem ersten Punkt.";
        RunMore => "The run is saved after every change as a .session.ron file next to the design (or in the current folder for a bundled kit).",
            "Der Durchgang wird nach jeder Änderung als .session.ron-Datei neben dem Entwurf gespeichert (bei einer mitgelieferten Vorlage im aktuellen Ordner).";
        RunVariant => "The variant to run (e.g. Frontline).", "Die Version für den Durchgang (z. B. Frontline).";
        CheckAbout => "Load and validate designs: one line per file, then each warning.",
            "Prüft Entwürfe: eine Zeile je Datei, darunter jede Warnung.";
        CheckMore => "Exits 0 when every file loads (warnings included), 1 when any fails.",
            "Endet mit 0, wenn sich jede Datei laden lässt (auch mit Warnungen), und mit 1, wenn eine nicht lesbar ist.";
        CheckFiles => "Design files or bundled kit names.", "Entwurfsdateien oder Namen mitgelieferter Vorlagen.";
        ScheduleAbout => "Print the computed When / What / Why table of a design.",
            "Gibt die berechnete Tabelle Wann / Was / Warum eines Entwurfs aus.";
        ScheduleMore => "Without --variant, a design with variants prints one table per variant.",
            "Ohne --variant gibt ein Entwurf mit Versionen eine Tabelle je Version aus.";
        ScheduleVariant => "Only this variant (e.g. Frontline); `all` for every item together.",
            "Nur diese Version (z. B. Frontline); `all` für alle Punkte zusammen.";
        ImportAbout => "Import a When / What / Why table: from an .xlsx or .ods workbook, a Word document (.docx) or CSV.",
            "Übernimmt eine Tabelle Wann / Was / Warum: aus einer .xlsx- oder .ods-Arbeitsmappe, einem Word-Dokument (.docx) oder CSV.";
        ImportFile => "The agenda: .xlsx, .ods, .docx (its first When / What / Why table) or CSV (comma or semicolon separated, UTF-8).",
            "Der Ablauf: .xlsx, .ods, .docx (seine erste Tabelle Wann / Was / Warum) oder CSV (durch Komma oder Semikolon getrennt, UTF-8).";
        ImportSheet => "The workbook's sheet to read (by default the first with a When / What / Why header).",
            "Das Tabellenblatt der Arbeitsmappe (sonst das erste mit einer Kopfzeile Wann / Was / Warum).";
        ImportOutput => "Where to write the design (`.workshop.ron`).", "Wohin der Entwurf geschrieben wird (`.workshop.ron`).";
        ExportAbout => "Export a design's handout, guide or sign-in sheet or a run's report as PDF, the handout or guide as a Word document, or a design's agenda as an Excel workbook.",
            "Erstellt ein PDF (Teilnehmerunterlage, Moderationsleitfaden oder Anwesenheitsliste eines Entwurfs, Bericht eines Durchgangs), die Teilnehmerunterlage oder den Leitfaden als Word-Dokument oder den Ablauf eines Entwurfs als Excel-Arbeitsmappe.";
        ExportFile => "Design file or bundled kit name; a .session.ron run file for --doc report.",
            "Entwurfsdatei oder Name einer mitgelieferten Vorlage; für --doc report die .session.ron-Datei eines Durchgangs.";
        ExportDoc => "Which document, for a PDF: {}.", "Welches Dokument, für ein PDF: {}.";
        ExportFormat => "What to write: {}; docx is the handout or the guide for Word, xlsx the agenda with real time cells, a sheet per variant (default: {}).",
            "Was geschrieben wird: {}; docx ist die Teilnehmerunterlage oder der Leitfaden für Word, xlsx der Ablauf mit echten Zeitzellen, ein Tabellenblatt je Version (Vorgabe: {}).";
        DocHandout => "the participant handout, without facilitator notes", "die Teilnehmerunterlage, ohne Moderationsnotizen";
        DocGuide => "the facilitator guide: the full run sheet", "der Moderationsleitfaden: der ganze Ablaufplan";
        DocSignin => "the sign-in sheet", "die Anwesenheitsliste";
        DocReport => "the results report of one run; FILE is then its .session.ron", "der Ergebnisbericht eines Durchgangs; DATEI ist dann seine .session.ron";
        ExportVariant => "The variant (required when the design has variants).",
            "Die Version (nötig, wenn der Entwurf Versionen hat).";
        Paper => "Paper size: {} (default: {}).", "Papierformat: {} (Vorgabe: {}).";
        ExportOutput => "Where to write the PDF or workbook (a file there is replaced whole, atomically).",
            "Wohin das PDF oder die Arbeitsmappe geschrieben wird (eine vorhandene Datei wird in einem Schritt ersetzt).";
        ReportAbout => "Report across runs: the barrier master list, real durations, ideas and actions.",
            "Bericht über mehrere Durchgänge: die Masterliste der Barrieren, die tatsächlichen Dauern, Ideen und Maßnahmen.";
        ReportInputs => "Run files (.session.ron) or folders holding them.",
            "Dateien von Durchgängen (.session.ron) oder Ordner, die sie enthalten.";
        ReportVariant => "Only the runs of this variant.", "Nur die Durchgänge dieser Version.";
        ReportOutput => "Where to write the PDF.", "Wohin das PDF geschrieben wird.";
        ReportCsv => "Also write the barrier master list as CSV.", "Zusätzlich die Masterliste der Barrieren als CSV schreiben.";
        KitsAbout => "List the bundled kits.", "Listet die mitgelieferten Vorlagen auf.";
        HelpAbout => "Print this help or the help of a command.", "Zeigt diese Hilfe oder die Hilfe eines Befehls.";
        HelpCommand => "The command to explain.", "Der Befehl, der erklärt werden soll.";
        // The help page's headings and placeholders
        Usage => "Usage", "Aufruf";
        Commands => "Commands", "Befehle";
        Arguments => "Arguments", "Argumente";
        Options => "Options", "Optionen";
        OptionsPlaceholder => "[OPTIONS]", "[OPTIONEN]";
        CommandPlaceholder => "COMMAND", "BEFEHL";
        ValueFile => "FILE", "DATEI";
        ValueRuns => "RUNS", "DURCHGÄNGE";
        ValueVariant => "VARIANT", "VERSION";
        ValueDoc => "DOC", "DOKUMENT";
        ValuePaper => "PAPER", "PAPIER";
        ValueDesignOut => "FILE.workshop.ron", "DATEI.workshop.ron";
        ValuePdfOut => "OUT.pdf", "AUSGABE.pdf";
        ValueOut => "OUT", "AUSGABE";
        ValueCsvOut => "OUT.csv", "AUSGABE.csv";
        ValueSheet => "SHEET", "BLATT";
        ValueFormat => "FORMAT", "FORMAT";
        // A command line that cannot be read
        UnexpectedArgument => "unexpected argument '{}'", "unerwartete Angabe „{}“";
        UnknownCommand => "unrecognized command '{}'", "unbekannter Befehl „{}“";
        DidYouMean => "did you mean '{}'?", "meinten Sie „{}“?";
        InvalidValue => "invalid value '{}' for '{}'", "ungültiger Wert „{}“ für „{}“";
        ValueNeeded => "'{}' needs a value", "„{}“ braucht einen Wert";
        PossibleValues => "possible values: {}", "möglich sind: {}";
        Missing => "required but not given: {}", "fehlt: {}";
        Conflict => "'{}' cannot be used with '{}'", "„{}“ lässt sich nicht mit „{}“ verbinden";
        UsedTwice => "'{}' can be given only once", "„{}“ darf nur einmal angegeben werden";
        TooMany => "unexpected value '{}' for '{}'", "unerwarteter Wert „{}“ für „{}“";
        NotUnderstood => "the command line could not be read", "der Aufruf ist so nicht verständlich";
        MoreHelp => "For more information, try '{}'.", "Mehr dazu mit „{}“.";
    }
}
