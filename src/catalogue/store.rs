//! The words of the file errors: what is wrong with a design, run, roster
//! or agenda file, and where, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of a file error.
    StoreText {
        // The error kinds, around the file's path (always the first place)
        Io => "{}: {}", "{}: {}";
        Empty => "{}: the file is empty; it should hold {}", "{}: die Datei ist leer; erwartet wird {}";
        TooLarge => "{}: the file is {} bytes, more than the {}-byte limit for {}; it is not opened",
            "{}: die Datei ist {} Bytes groß, mehr als die {} Bytes, die {} höchstens haben darf; sie wird nicht geöffnet";
        NotText => "{}: this is not a text file (invalid UTF-8 at byte {}); is it really {}?",
            "{}: das ist keine Textdatei (ungültiges UTF-8 bei Byte {}); ist es wirklich {}?";
        Syntax => "{}:{}:{}: {}", "{}:{}:{}: {}";
        NewerFormat => "{}: written in format {}, but this version of Workshop Kit reads formats up to {}; open it with a newer Workshop Kit",
            "{}: im Format {} geschrieben, diese Version von Workshop Kit liest aber nur Formate bis {}; bitte mit einer neueren Version öffnen";
        BadFormat => "{}: format {} is not a Workshop Kit format", "{}: Format {} ist kein Workshop-Kit-Format";
        CsvRow => "{}: {}: {}", "{}: {}: {}";
        Invalid => "{}: {}", "{}: {}";
        Save => "{}: could not write the file ({}); the previous version was left as it was",
            "{}: die Datei kann nicht geschrieben werden ({}); die vorige Fassung bleibt unverändert";
        NotFound => "\"{}\" is neither a file nor a bundled kit (bundled kits: {})",
            "„{}“ ist weder eine Datei noch eine mitgelieferte Vorlage (mitgelieferte Vorlagen: {})";
        // Reasons the system gives for a failed read or write
        IoNotFound => "no such file or directory", "Datei oder Ordner nicht gefunden";
        IoPermissionDenied => "permission denied", "keine Berechtigung";
        IoIsADirectory => "is a directory", "ist ein Ordner, keine Datei";
        IoNotADirectory => "not a directory", "ist kein Ordner";
        IoAlreadyExists => "file exists", "Datei ist schon vorhanden";
        IoStorageFull => "no space left on device", "kein Platz mehr auf dem Datenträger";
        IoReadOnly => "read-only file system", "schreibgeschütztes Dateisystem";
        IoNoFileName => "no file name", "kein Dateiname";
        // The kinds of file, as the messages name them
        WhatDesign => "a workshop design", "ein Workshop-Entwurf";
        WhatRun => "a workshop run", "ein Workshop-Durchgang";
        WhatDecisions => "a results decisions file", "eine Datei mit Entscheidungen zu Ergebnissen";
        WhatRecovery => "a recovery file", "eine Wiederherstellungsdatei";
        WhatCsvAgenda => "a CSV agenda table", "eine CSV-Ablauftabelle";
        WhatCsvRoster => "a CSV roster", "eine CSV-Teilnehmerliste";
        WhatWorkbook => "a spreadsheet agenda (.xlsx or .ods)", "eine Ablauftabelle (.xlsx oder .ods)";
        NotDesign => "not a workshop design", "kein Workshop-Entwurf";
        NotRun => "not a workshop run", "kein Workshop-Durchgang";
        NotDecisions => "not a results decisions file", "keine Datei mit Entscheidungen zu Ergebnissen";
        NotRecovery => "not a recovery file", "keine Wiederherstellungsdatei";
        NotCsvAgenda => "not a CSV agenda table", "keine CSV-Ablauftabelle";
        NotCsvRoster => "not a CSV roster", "keine CSV-Teilnehmerliste";
        NotWorkbook => "not a spreadsheet agenda", "keine Ablauftabelle";
        WhatDocument => "a Word agenda (.docx)", "ein Ablauf als Word-Dokument (.docx)";
        NotDocument => "not a Word agenda", "kein Ablauf als Word-Dokument";
        // RON files
        NoFormatNumber => "no `format` number: this does not look like {} (a Workshop Kit file starts with `(format: 1, {}: (...))`)",
            "keine `format`-Nummer: das ist wohl {} (eine Workshop-Kit-Datei beginnt mit `(format: 1, {}: (...))`)";
        NotLikeOurFile => " (this does not look like {}: a Workshop Kit file starts with `(format: 1, {}: (...))`)",
            " (das ist wohl {}: eine Workshop-Kit-Datei beginnt mit `(format: 1, {}: (...))`)";
        // What is wrong at a place in a RON file (ron finds it, we say it)
        RonEof => "the file ends too early (a bracket or a quote left open?)",
            "die Datei endet zu früh (eine Klammer oder ein Anführungszeichen nicht geschlossen?)";
        RonExpectedToken => "expected `{}`", "hier fehlt `{}`";
        RonExpectedComma => "expected a comma", "hier fehlt ein Komma";
        RonExpectedColon => "expected a colon", "hier fehlt ein Doppelpunkt";
        RonExpectedText => "expected a text in double quotes", "hier gehört ein Text in doppelten Anführungszeichen hin";
        RonTextNotClosed => "a text in quotes is not closed", "ein Text in Anführungszeichen ist nicht geschlossen";
        RonExpectedWholeNumber => "expected a whole number", "hier gehört eine ganze Zahl hin";
        RonExpectedNumber => "expected a number", "hier gehört eine Zahl hin";
        RonExpectedTrueFalse => "expected true or false", "hier gehört true oder false hin";
        RonExpectedName => "expected a name", "hier gehört ein Name hin";
        RonWrongKind => "this value is of the wrong kind here", "dieser Wert hat hier die falsche Art";
        RonWrongLength => "{} values where a different number belongs", "{} Werte, wo eine andere Anzahl hingehört";
        RonUnexpectedChar => "unexpected character {}", "unerwartetes Zeichen {}";
        RonTrailing => "more text after the end of the content", "nach dem Ende des Inhalts folgt noch Text";
        RonUnknownValue => "unknown value `{}` (possible: {})", "unbekannter Wert `{}` (möglich sind: {})";
        RonUnknownField => "unknown field `{}` (possible: {})", "unbekanntes Feld `{}` (möglich sind: {})";
        RonMissingField => "the field `{}` is missing", "das Feld `{}` fehlt";
        RonDuplicateField => "the field `{}` is there twice", "das Feld `{}` steht doppelt da";
        RonNumberOutOfRange => "the number is too large or too small", "die Zahl ist zu groß oder zu klein";
        RonCommentNotClosed => "a comment is not closed", "ein Kommentar ist nicht geschlossen";
        RonBadEscape => "a backslash in a text is followed by something it cannot stand for",
            "auf einen Backslash in einem Text folgt etwas, wofür er nicht stehen kann";
        RonNotUtf8 => "invalid UTF-8", "ungültiges UTF-8";
        RonTooDeep => "nested too deeply", "zu tief verschachtelt";
        RonUnreadable => "cannot be read here", "hier nicht lesbar";
        // Places in a CSV file: its row, and the file's line when that differs
        Row => "row {}", "Zeile {}";
        RowLine => "row {} (line {})", "Zeile {} (Dateizeile {})";
        // Workbooks
        WorkbookDamaged => "this workbook cannot be read: it is damaged, or not an .xlsx or .ods file",
            "diese Arbeitsmappe ist nicht lesbar: sie ist beschädigt oder keine .xlsx- oder .ods-Datei";
        WorkbookEncrypted => "the workbook is protected by a password; save a copy without one and import that",
            "die Arbeitsmappe ist mit einem Kennwort geschützt; speichern Sie eine Kopie ohne Kennwort und importieren Sie diese";
        WorkbookUnpacksTooLarge => "the workbook unpacks to {} bytes, more than the {}-byte limit for an agenda; it is not opened",
            "die Arbeitsmappe ist entpackt {} Bytes groß, mehr als die {} Bytes, die ein Ablauf haben darf; sie wird nicht geöffnet";
        NoAgendaSheet => "no sheet has a When / What / Why header row (sheets: {})",
            "kein Tabellenblatt hat eine Kopfzeile Wann / Was / Warum (Blätter: {})";
        NoSuchSheet => "no sheet is called \"{}\" (sheets: {})", "kein Tabellenblatt heißt „{}“ (Blätter: {})";
        // Word documents
        DocumentDamaged => "this document cannot be read: it is damaged, or not a .docx file",
            "dieses Dokument ist nicht lesbar: es ist beschädigt oder keine .docx-Datei";
        DocumentEncrypted => "the document is protected by a password or saved in the old Word format (.doc); save a copy as .docx without a password and import that",
            "das Dokument ist mit einem Kennwort geschützt oder im alten Word-Format (.doc) gespeichert; speichern Sie eine Kopie als .docx ohne Kennwort und importieren Sie diese";
        DocumentUnpacksTooLarge => "the document unpacks to {} bytes, more than the {}-byte limit for an agenda; it is not opened",
            "das Dokument ist entpackt {} Bytes groß, mehr als die {} Bytes, die ein Ablauf haben darf; es wird nicht geöffnet";
        DocumentHasNoTable => "the document has no table; an agenda is a table with a When / What / Why header row",
            "das Dokument enthält keine Tabelle; ein Ablauf ist eine Tabelle mit der Kopfzeile Wann / Was / Warum";
        NoAgendaTable => "no table in the document has a When / What / Why header row (tables: {})",
            "keine Tabelle im Dokument hat eine Kopfzeile Wann / Was / Warum (Tabellen: {})";
        // Places in a workbook or a document
        SheetRow => "sheet \"{}\", row {}", "Tabellenblatt „{}“, Zeile {}";
        SheetCell => "sheet \"{}\", row {}, column {}", "Tabellenblatt „{}“, Zeile {}, Spalte {}";
        TableRow => "table {}, row {}", "Tabelle {}, Zeile {}";
        TableCell => "table {}, row {}, column {}", "Tabelle {}, Zeile {}, Spalte {}";
        // CSV agenda columns, as messages name them
        ColumnWhen => "When", "Wann";
        ColumnWhat => "What", "Was";
        ColumnWhy => "Why", "Warum";
        ColumnDuration => "Duration", "Dauer";
        ColumnLead => "Lead", "Leitung";
        ColumnFormat => "Format", "Format";
        ColumnNotes => "Notes", "Notizen";
        ColumnOptional => "Optional", "Optional";
        // CSV agenda rows
        CellError => "{}: {}", "{}: {}";
        NoColumn => "no \"{}\" column; the header row needs When, What and Why (found: {})",
            "keine Spalte „{}“; die Kopfzeile braucht Wann, Was und Warum oder When, What und Why (gefunden: {})";
        FoundNothing => "nothing", "nichts";
        NoAgendaRows => "no agenda rows below the header", "keine Ablaufzeilen unter der Kopfzeile";
        FirstNeedsStart => "the first item needs a start time in the When column",
            "der erste Punkt braucht eine Startzeit in der Spalte Wann";
        NotATime => "\"{}\" is not a time of day (write it as 09:30, 9:30, 9.30 or 0930)",
            "„{}“ ist keine Uhrzeit (so schreiben: 09:30, 9:30, 9.30 oder 0930)";
        NotADuration => "\"{}\" is not a duration (write it as 10, 90m, 1h30 or 1:30)",
            "„{}“ ist keine Dauer (so schreiben: 10, 90 Min., 1h30 oder 1:30)";
        NotADate => "\"{}\" is not a date (write it as YYYY-MM-DD, e.g. 2026-12-03)",
            "„{}“ ist kein Datum (so schreiben: JJJJ-MM-TT, z. B. 2026-12-03)";
        NotAFormat => "Format: \"{}\" is not a format (write whole group, pairs, small groups of 4 or individual)",
            "Format: „{}“ ist keine Sozialform (so schreiben: Plenum, Paare, Kleingruppen zu 4 oder Einzelarbeit)";
        WhatEmpty => "the What cell is empty: every timed row needs a title",
            "die Zelle Was ist leer: jede Zeile mit Zeitangabe braucht einen Titel";
        EndsBeforeStart => "ends at {}, before it starts at {}", "endet um {}, vor seinem Beginn um {}";
        NoWhenNoDuration => "no When and no Duration: cannot tell how long it lasts",
            "weder Wann noch Dauer: es ist nicht zu erkennen, wie lange es dauert";
        StartsBeforeAbove => "starts at {}, before the row above it ({}); rows must be in time order",
            "beginnt um {}, vor der Zeile darüber ({}); die Zeilen müssen zeitlich geordnet sein";
        StartsAfterClose => "starts at {}, after the close at {}", "beginnt um {}, nach dem Schluss um {}";
        NoWhenNeedsStart => "no When: without a Duration column every item needs a start time",
            "kein Wann: ohne Spalte Dauer braucht jeder Punkt eine Startzeit";
        // CSV rosters
        NoNameColumn => "no \"Name\" column in the header row", "keine Spalte „Name“ in der Kopfzeile";
        NameEmpty => "the Name cell is empty", "die Zelle Name ist leer";
    }
}
