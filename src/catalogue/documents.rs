//! The fixed words of the documents: handout, facilitator guide, sign-in
//! sheet, run report and the report across runs.

use super::catalogue;

catalogue! {
    /// A fixed word or phrase of a document.
    Word {
        // Every document
        PageOf => "Page {} of {}", "Seite {} von {}";
        Printed => "printed {}", "gedruckt am {}";
        VersionOf => "{} version", "Version {}";
        FacilitatorIs => "Facilitator: {}", "Moderation: {}";
        IfTime => "(if time)", "(falls Zeit bleibt)";
        Close => "Close", "Ende";
        Continued => "(continued)", "(Fortsetzung)";
        NoDepartment => "(no department)", "(ohne Abteilung)";
        // Titles of new agenda items, until the designer writes their own
        NewActivity => "New activity", "Neue Aktivität";
        NewBreak => "Break", "Pause";
        NewSection => "New section", "Neuer Abschnitt";
        NewVariant => "Variant {}", "Version {}";
        PastedTable => "the pasted table", "die eingefügte Tabelle";
        ImportedAgenda => "Imported agenda", "Importierter Ablauf";
        // Document names, for the PDF's title
        ParticipantHandout => "Participant handout", "Teilnehmerunterlage";
        FacilitatorGuide => "Facilitator guide", "Moderationsleitfaden";
        SignInSheet => "Sign-in sheet", "Anwesenheitsliste";
        ResultsReport => "Results report", "Ergebnisbericht";
        ResultsAcrossRuns => "Results across runs", "Ergebnisse aller Durchgänge";
        // The agenda as a workbook
        SheetDuration => "Duration", "Dauer";
        SheetFormat => "Format", "Arbeitsform";
        SheetIfTime => "If time", "Falls Zeit";
        // Document names in the names of their files
        FileHandout => "handout", "teilnehmerunterlage";
        FileGuide => "guide", "leitfaden";
        FileSignin => "sign-in", "anwesenheitsliste";
        FileReport => "report", "ergebnisbericht";
        FileAcrossRuns => "results-across-runs", "ergebnisse-aller-durchgaenge";
        FileBarriers => "barriers", "barrieren";
        FileAgenda => "agenda", "ablauf";
        // Handout
        WhatWePlan => "What we plan to do", "Was wir vorhaben";
        HowWePlan => "How we plan to do this", "Wie wir vorgehen";
        GroundRules => "Ground rules", "Spielregeln";
        Agenda => "Agenda", "Ablauf";
        When => "When", "Wann";
        What => "What", "Was";
        Why => "Why", "Warum";
        YourNotes => "Your notes", "Ihre Notizen";
        WordsWeUse => "Words we use", "Unsere Begriffe";
        Term => "Term", "Begriff";
        WhatWeMean => "What we mean by it", "Was wir damit meinen";
        // Guide
        GuideTitle => "{} — facilitator guide", "{} – Moderationsleitfaden";
        RunSheet => "Run sheet", "Ablaufplan";
        Time => "Time", "Zeit";
        MinutesShort => "Min", "Min.";
        Item => "Item", "Punkt";
        Lead => "Lead", "Leitung";
        Materials => "Materials", "Material";
        Actual => "Actual", "Ist";
        Notes => "Notes", "Notizen";
        FixedStartAt => "fixed start {}", "fester Beginn {}";
        IfTimeMark => "if time", "falls Zeit bleibt";
        CanShrinkTo => "can shrink to {}", "kürzbar auf {}";
        AboutWorkshop => "About this workshop", "Zum Workshop";
        Client => "Client", "Auftraggeber";
        Sponsor => "Sponsor", "Sponsor";
        Audience => "Audience", "Zielgruppe";
        GroupSize => "Group size", "Gruppengröße";
        People => "{} people", "{} Personen";
        Venue => "Venue", "Ort";
        Facilitator => "Facilitator", "Moderation";
        Version => "Version", "Version";
        Timing => "Timing", "Zeitplan";
        Start => "Start", "Beginn";
        End => "End", "Ende";
        Planned => "Planned", "Geplant";
        TargetEnd => "Target end", "Zielende";
        Slack => "Slack", "Puffer";
        ToSpare => "{} to spare", "{} frei";
        NoSlack => "none: the day ends on its target", "keiner: der Tag endet pünktlich zum Zielende";
        Over => "{} over", "{} überzogen";
        NoWarnings => "The schedule has no warnings.", "Der Zeitplan ist stimmig.";
        ScheduleWarnings => "Schedule warnings", "Hinweise zum Zeitplan";
        Objectives => "Objectives", "Ziele";
        ItemByItem => "Item by item", "Die Punkte im Einzelnen";
        Format => "Format", "Arbeitsform";
        FixedStart => "Fixed start", "Fester Beginn";
        CanShrink => "Can shrink to", "Kürzbar auf";
        Captures => "Captures", "Ergebnisse";
        FacilitatorNotes => "Facilitator notes", "Für die Moderation";
        ParticipantInstructions => "Participant instructions", "Für Teilnehmende";
        MaterialsChecklist => "Materials checklist", "Materialliste";
        // Formats and captures
        WholeGroup => "Whole group", "Plenum";
        Pairs => "Pairs", "Paare";
        GroupsOf => "Groups of {}", "Kleingruppen à {}";
        Individual => "Individual", "Einzelarbeit";
        Ideas => "Ideas", "Ideen";
        Barriers => "Barriers", "Barrieren";
        Votes => "Votes", "Stimmen";
        Poll => "Poll", "Umfrage";
        PollOn => "Poll: {}", "Umfrage: {}";
        Actions => "Actions", "Maßnahmen";
        // Sign-in sheet
        Date => "Date", "Datum";
        Number => "#", "Nr.";
        Name => "Name", "Name";
        Department => "Department", "Abteilung";
        Signature => "Signature", "Unterschrift";
        // Run report
        Results => "Results", "Ergebnisse";
        ResultsTitle => "{} — results", "{} – Ergebnisse";
        RunOn => "Run on {}", "Durchgeführt am {}";
        RanFromTo => "Ran {}–{} (planned {}–{})", "Von {} bis {} (geplant {}–{})";
        Attendance => "Attendance", "Teilnahme";
        NoRoster => "No roster was taken.", "Es wurde keine Teilnehmerliste geführt.";
        PeopleFrom => "{} from {}.", "{} aus {}.";
        Person => "person", "Person";
        PersonMany => "people", "Personen";
        DepartmentOne => "department", "Abteilung";
        DepartmentMany => "departments", "Abteilungen";
        Names => "Names", "Namen";
        PeopleHead => "People", "Personen";
        PlannedAndActual => "Planned and actual time", "Geplante und tatsächliche Zeit";
        Plan => "Start (plan)", "Beginn (Plan)";
        PlannedLength => "Length (plan)", "Dauer (Plan)";
        Started => "Started", "Beginn (Ist)";
        Took => "Took", "Dauer (Ist)";
        Difference => "Difference", "Abweichung";
        Dropped => "dropped", "gestrichen";
        Skipped => "skipped", "übersprungen";
        NotRun => "not\u{a0}run", "nicht\u{a0}erreicht";
        PlannedFor => "{} (planned {})", "{} (geplant {})";
        MinutesEachItem => "Minutes each item took", "Minuten je Punkt";
        IdeasIntro => "Each idea with the add-ons that built on it, and everyone who shaped it.", "Jede Idee mit den Ergänzungen, die darauf aufbauten, und allen, die daran mitgewirkt haben.";
        OneVote => "(1 vote)", "(1 Stimme)";
        ManyVotes => "({} votes)", "({} Stimmen)";
        ShapedBy => "Shaped by {} · {}", "Mitgewirkt: {} · {}";
        BarriersByDepartment => "Barriers by department", "Barrieren nach Abteilung";
        Barrier => "Barrier", "Barriere";
        Priorities => "Votes", "Abstimmungen";
        Rank => "Rank", "Rang";
        OptionHead => "Option", "Option";
        Polls => "Polls", "Umfragen";
        AnswersAt => "{} answers · {}", "{} Antworten · {}";
        Action => "Action", "Maßnahme";
        Owner => "Owner", "Verantwortlich";
        Due => "Due", "Bis";
        NoOwnerYet => "no owner yet", "noch offen";
        NoDateYet => "no date yet", "ohne Termin";
        // Report across runs
        Workshop => "Workshop", "Workshop";
        AcrossTitle => "{} — results across {}", "{} – Ergebnisse aus {}";
        Run => "run", "Durchgang";
        Runs => "runs", "Durchgängen";
        RunsCounted => "runs", "Durchgänge";
        RunsHead => "Runs", "Durchgänge";
        DateSpan => "{} to {}", "{} bis {}";
        DifferentPeople => "{} different {} in {} {}", "{} verschiedene {} bei {} {}";
        Attendance1 => "attendance", "Teilnahme";
        AttendanceMany => "attendances", "Teilnahmen";
        TheRuns => "The runs", "Die Durchgänge";
        IdeasHead => "Ideas", "Ideen";
        MasterList => "Barrier master list", "Gesamtliste der Barrieren";
        MasterListIntro => "Every run's barriers by department, the same barrier merged across runs and wordings; most runs first.", "Die Barrieren aller Durchgänge nach Abteilung. Gleiche Barrieren aus verschiedenen Durchgängen oder mit anderer Formulierung sind zusammengefasst; die häufigsten stehen oben.";
        Mentions => "Mentions", "Nennungen";
        Priority => "Priority", "Priorität";
        High => "High", "Hoch";
        Medium => "Medium", "Mittel";
        Low => "Low", "Niedrig";
        HowLong => "How long each item really takes", "Wie lange jeder Punkt wirklich dauert";
        Median => "Median", "Median";
        Range => "Range", "Spanne";
        Always => "always\u{a0}{}", "immer\u{a0}{}";
        Suggested => "Suggested", "Vorschlag";
        PollsAcross => "What the rooms said in their polls", "Was die Gruppen in den Umfragen sagten";
        AnswersIn => "{} answers in {}", "{} Antworten aus {}";
        VotesAcross => "Votes across runs", "Abstimmungen aller Durchgänge";
        IdeasAcross => "Ideas from every run", "Ideen aus allen Durchgängen";
        IdeaAndAddOns => "Idea and add-ons", "Idee und Ergänzungen";
        RunAndContributors => "Run and contributors", "Durchgang und Beteiligte";
        ActionsAcross => "Actions from every run", "Maßnahmen aus allen Durchgängen";
        RunHead => "Run", "Durchgang";
        // Schedule warnings, as the guide prints them
        WarnOverrun => "the day ends at {}, {} after the target end {}", "der Tag endet um {}, {} nach dem Zielende {}";
        WarnRunsIntoFixed => "“{}” is fixed at {} but the items before it run {} into it", "„{}“ beginnt fest um {}, aber die Punkte davor reichen {} hinein";
        WarnGapBeforeFixed => "{} gap before “{}”, which is fixed at {}", "{} Leerlauf vor „{}“, das fest um {} beginnt";
        WarnZeroDuration => "“{}” has no duration", "„{}“ hat keine Dauer";
        WarnUnknownVariantInItem => "“{}” names variant “{}”, which this design does not have", "„{}“ nennt die Version „{}“, die es in diesem Entwurf nicht gibt";
        WarnUnknownVariant => "variant “{}” does not exist: this design has no variants", "die Version „{}“ gibt es nicht: dieser Entwurf hat keine Versionen";
        WarnUnknownVariantOf => "variant “{}” does not exist (variants: {})", "die Version „{}“ gibt es nicht (Versionen: {})";
        WarnDuplicateId => "“{}” has id {}, which an earlier item already uses", "„{}“ hat die Nummer {}, die schon ein früherer Punkt trägt";
        WarnMinAboveDuration => "“{}” may shrink to {}, more than its duration {}", "„{}“ ist kürzbar auf {}, mehr als seine Dauer {}";
        WarnPastMidnight => "the day runs past midnight (it ends at {}): the handout would print times of the next day", "der Tag reicht über Mitternacht (Ende {}): die Unterlage zeigte Zeiten des nächsten Tages";
    }
}

impl Word {
    /// A format in `lang`: "Whole group", "Kleingruppen à 4".
    pub fn format(format: crate::model::Format, lang: crate::model::Lang) -> String {
        use crate::model::Format;
        match format {
            Format::WholeGroup => Word::WholeGroup.text(lang).to_string(),
            Format::Pairs => Word::Pairs.text(lang).to_string(),
            Format::SmallGroups(n) => Word::GroupsOf.fill(lang, &[&n]),
            Format::Individual => Word::Individual.text(lang).to_string(),
        }
    }

    /// A barrier's priority, in the documents, the master list's CSV and the app.
    pub fn priority(priority: crate::model::Priority) -> Word {
        use crate::model::Priority;
        match priority {
            Priority::High => Word::High,
            Priority::Medium => Word::Medium,
            Priority::Low => Word::Low,
        }
    }
}
