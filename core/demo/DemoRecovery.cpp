// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRecovery.h"

#include "DemoPeople.h"
#include "recovery/Analyte.h"
#include "recovery/Toxicology.h"
#include "recovery/UseEvent.h"
#include "storage/MedicationStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/UseEventStore.h"

namespace stepwise::demo {

namespace {

using DemoText::Concern;

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Shares that shape the screens.
constexpr double UnexpectedPositiveChance = 0.04;
constexpr double StrugglingPositiveChance = 0.15;
constexpr double WashoutPositiveChance = 0.15; // cannabis and stimulants, the first ten days
constexpr double SetbackPositiveChance = 0.5;  // the screens just before a setback
constexpr double MissedDoseChance = 0.03;      // a maintenance medication reads negative
constexpr double DiluteChance = 0.015;
constexpr double ObservedChance = 0.85;
constexpr double UseAfterPositiveChance = 0.5;

struct MedicationChoice
{
    const char* name; // as prescribed
    const char* generic;
    bool maintenance;
};

struct ConcernMedications
{
    Concern concern;
    double chance;
    int weights[3];
    MedicationChoice choices[3];
};

// The usual prescriptions per concern; only those in MedicationRules' table make a screen
// positive (buprenorphine, methadone, lisdexamfetamine).
const ConcernMedications concernMedications[] = {
    { Concern::Opioid, 0.55, { 55, 25, 20 },
        { { "Suboxone 8 mg/2 mg film, daily", "buprenorphine", true },
            { "Methadose 80 mg daily", "methadone", true },
            { "Vivitrol 380 mg injection, monthly", "naltrexone", false } } },
    { Concern::Alcohol, 0.12, { 45, 35, 20 },
        { { "Naltrexone 50 mg daily", "naltrexone", false },
            { "Campral 666 mg three times a day", "acamprosate", false },
            { "Antabuse 250 mg daily", "disulfiram", false } } },
    { Concern::Depression, 0.1, { 40, 30, 30 },
        { { "Sertraline 100 mg daily", "sertraline", false },
            { "Escitalopram 10 mg daily", "escitalopram", false },
            { "Bupropion XL 150 mg daily", "bupropion", false } } },
    { Concern::Anxiety, 0.07, { 50, 50 },
        { { "Escitalopram 10 mg daily", "escitalopram", false },
            { "Buspirone 10 mg twice a day", "buspirone", false } } },
    { Concern::Trauma, 0.1, { 60, 40 },
        { { "Sertraline 100 mg daily", "sertraline", false },
            { "Prazosin 2 mg at bedtime", "prazosin", false } } },
    { Concern::Bipolar, 0.35, { 60, 40 },
        { { "Lamotrigine 200 mg daily", "lamotrigine", false },
            { "Lithium carbonate 600 mg daily", "lithium", false } } },
    { Concern::Attention, 0.25, { 50, 50 },
        { { "Vyvanse 30 mg daily", "lisdexamfetamine", false },
            { "Strattera 40 mg daily", "atomoxetine", false } } },
};

// Collection happens on weekdays: a weekend date moves to the Friday before or Monday after.
QDate weekday(const QDate& d)
{
    if (d.dayOfWeek() == Qt::Saturday)
        return d.addDays(-1);
    if (d.dayOfWeek() == Qt::Sunday)
        return d.addDays(1);
    return d;
}

PhaseKind phaseOn(const PlannedEpisode& e, const QDate& date)
{
    PhaseKind kind = e.phases.first().kind;
    for (const PlannedPhase& p : e.phases) {
        if (p.start <= date)
            kind = p.kind;
    }
    return kind;
}

// Within ten days before a return to intensive care: the use that led to it.
bool beforeSetback(const PlannedEpisode& e, const QDate& date)
{
    for (qsizetype i = 1; i < e.phases.size(); ++i) {
        const PlannedPhase& p = e.phases.at(i);
        if (p.kind == PhaseKind::Intensive && date < p.start && date >= p.start.addDays(-10))
            return true;
    }
    return false;
}

} // namespace

void DemoRecovery::chooseMedications(DemoRandom& rng, RecordSubject& s)
{
    for (const ConcernMedications& cm : concernMedications) {
        if (!s.concerns.contains(cm.concern) || !rng.chance(cm.chance))
            continue;
        const int i = rng.weightedIndex(cm.weights, [](int w) { return w; });
        const MedicationChoice& choice = cm.choices[i];
        PlannedMedication m;
        m.name = utf8(choice.name);
        m.generic = utf8(choice.generic);
        m.concern = cm.concern;
        m.maintenance = choice.maintenance;
        s.medications.append(m);
    }
    if (!s.medications.isEmpty())
        s.prescriber = QStringLiteral("Dr. ") + DemoPeople::staffName(rng);
}

Status DemoRecovery::medications(const RecordSubject& s, int episode)
{
    if (s.medications.isEmpty())
        return {};
    DemoRandom& rng = m_c.rng;
    const PlannedEpisode& planned = s.history.at(episode);
    const QDate admission = planned.phases.first().start;
    const bool open = !planned.discharge.isValid();
    const QDate end = open ? m_c.today : planned.discharge;
    const bool last = episode + 1 == s.history.size();
    // Nothing of an earlier episode runs into the next one.
    const QDate before = episode > 0 ? s.history.at(episode - 1).discharge : QDate();
    const QDate nextAdmission = last ? QDate() : s.history.at(episode + 1).phases.first().start;
    QList<Medication>& recorded = m_recorded[s.participantId];
    MedicationStore store(m_c.db);
    m_c.actAs(s.counselorId);
    for (const PlannedMedication& p : s.medications) {
        Medication m;
        m.participantId = s.participantId;
        m.name = p.name;
        m.analytes = MedicationRules::suggestAnalytes(p.name);
        m.prescriber = s.prescriber;
        if (rng.chance(0.5)) {
            m.startDate = admission.addDays(-rng.between(7, 120));
            // After the previous episode's prescription ended (at most 14 days past its
            // discharge).
            if (before.isValid())
                m.startDate = std::max(m.startDate, before.addDays(15));
        } else {
            m.startDate = admission.addDays(rng.between(2, 21));
        }
        if (m.startDate > end)
            continue;
        // Entered at intake for what the participant already takes, else the day it starts.
        if (!m_c.pinOn(std::max(m.startDate, admission), 10, 16))
            continue;
        auto id = store.add(m);
        if (!id)
            return id.error();
        m.id = *id;
        ++m_c.counts.medications;

        QDate stop;
        if (!last)
            stop = std::min(end.addDays(rng.between(0, 14)), nextAdmission.addDays(-1));
        else if (!open && rng.chance(0.6))
            stop = end.addDays(rng.between(0, 30));
        else if (open && rng.chance(0.08))
            stop = m.startDate.addDays(rng.between(20, 90));
        if (stop.isValid() && stop >= m.startDate && m_c.pinOn(stop, 17, 18)) {
            if (Status st = store.end(m.id, stop); !st)
                return st;
            m.endDate = stop;
        }
        recorded.append(m);
    }
    m_c.clock.release();
    return {};
}

QString DemoRecovery::panelFor(const RecordSubject& s, int index) const
{
    // The smallest common cup that tests for what the participant uses.
    bool opioid = false;
    bool tenPanel = false;
    bool fivePanel = false;
    for (const PlannedMedication& m : s.medications)
        opioid = opioid || m.maintenance;
    for (Concern c : s.concerns) {
        opioid = opioid || c == Concern::Opioid;
        tenPanel = tenPanel || c == Concern::Stimulant || c == Concern::Sedative;
        fivePanel = fivePanel || c == Concern::Cocaine || c == Concern::Cannabis;
    }
    if (opioid)
        return QStringLiteral("twelve_panel_fentanyl");
    if (tenPanel)
        return QStringLiteral("ten_panel");
    if (fivePanel)
        return QStringLiteral("five_panel");
    // Alcohol only: EtG, and now and then a cup for anything else.
    return index % 3 == 2 ? QStringLiteral("five_panel") : QStringLiteral("etg");
}

Status DemoRecovery::screens(const RecordSubject& s, int episode, const QDate& struggling)
{
    m_lastPositive = QDate();
    DemoRandom& rng = m_c.rng;
    const PlannedEpisode& planned = s.history.at(episode);
    const QDate admission = planned.phases.first().start;
    const QDate end = planned.discharge.isValid() ? planned.discharge : m_c.today;
    const bool substance = s.substanceUse();
    bool washout = false;
    for (Concern c : s.concerns)
        washout = washout || c == Concern::Cannabis || c == Concern::Stimulant;
    // Mental-health participants are screened at intake only, and not all of them.
    if (!substance && !rng.chance(0.4))
        return {};
    const bool aftercareScreens = rng.chance(0.5);
    m_c.actAs(s.counselorId);
    // The intake screen: on a weekend admission, the Monday after.
    QDate date = admission.addDays(rng.between(0, 2));
    while (date.dayOfWeek() > Qt::Friday)
        date = date.addDays(1);
    int index = 0;
    while (date >= admission && date <= end) {
        double chance = UnexpectedPositiveChance;
        if (washout && admission.daysTo(date) <= 10)
            chance += WashoutPositiveChance;
        if (struggling.isValid() && date >= struggling)
            chance = std::max(chance, StrugglingPositiveChance);
        if (beforeSetback(planned, date))
            chance = SetbackPositiveChance;
        if (Status st = screen(s, planned, date, index, chance, false); !st)
            return st;
        ++index;
        if (!substance)
            break;
        const PhaseKind phase = phaseOn(planned, date);
        int step = phase == PhaseKind::Intensive ? rng.between(6, 8) : rng.between(10, 16);
        if (phase == PhaseKind::Aftercare) {
            if (!aftercareScreens) {
                // No screens in aftercare, unless a setback brings intensive care back.
                QDate next;
                for (const PlannedPhase& p : planned.phases) {
                    if (p.start > date && p.kind != PhaseKind::Aftercare && !next.isValid())
                        next = p.start;
                }
                if (!next.isValid())
                    break;
                date = weekday(next.addDays(rng.between(0, 3)));
                continue;
            }
            step = rng.between(25, 35);
        }
        // Older history is kept sparser: the demo stays quick, and a year back is rarely read.
        if (date < m_c.today.addDays(-365))
            step *= 3;
        date = weekday(date.addDays(step));
    }

    // Use before a setback, reported by the participant or someone close to them.
    for (qsizetype i = 1; i < planned.phases.size(); ++i) {
        const PlannedPhase& p = planned.phases.at(i);
        if (p.kind != PhaseKind::Intensive || !substance || !rng.chance(0.8))
            continue;
        UseEventInput in;
        in.participantId = s.participantId;
        in.occurredOn = std::max(admission, p.start.addDays(-rng.between(1, 6)));
        QStringList analytes;
        for (Concern c : s.concerns)
            analytes += DemoText::useAnalytes(c);
        if (analytes.isEmpty())
            continue;
        in.substance = analytes.first();
        in.source = rng.chance(0.7) ? UseSource::SelfReport : UseSource::Collateral;
        in.note = DemoText::useNote(rng);
        if (!m_c.pinOn(std::min(end, in.occurredOn.addDays(rng.between(0, 2))), 10, 17))
            continue;
        if (auto id = UseEventStore(m_c.db).record(in); !id)
            return id.error();
        ++m_c.counts.useEvents;
        m_c.useDays[s.participantId].append(in.occurredOn);
    }
    m_c.clock.release();
    return {};
}

Status DemoRecovery::positiveScreen(const RecordSubject& s, int episode, const QDate& on)
{
    m_c.actAs(s.counselorId);
    Status st = screen(s, s.history.at(episode), on, 1, 1.0, true);
    m_c.clock.release();
    return st;
}

Status DemoRecovery::screen(const RecordSubject& s, const PlannedEpisode& planned, const QDate& on,
    int index, double positiveChance, bool forcePositive)
{
    DemoRandom& rng = m_c.rng;
    const QString panelKey = panelFor(s, index);
    const auto panel = Analytes::panel(panelKey);
    if (!panel)
        return {};
    ToxScreenInput in;
    in.participantId = s.participantId;
    in.collectedOn = on;
    in.observed = rng.chance(ObservedChance);
    in.specimen = rng.chance(0.04) ? Specimen::OralFluid : Specimen::Urine;
    in.panel = panelKey;
    QHash<QString, ToxResultValue> values;
    for (const QString& a : panel->analytes)
        values.insert(a, ToxResultValue::Negative);

    // What the prescriptions make positive: nearly always, a missed dose now and then.
    for (const Medication& m : m_recorded.value(s.participantId)) {
        if (!m.isActiveOn(on))
            continue;
        for (const QString& a : m.analytes) {
            if (values.contains(a))
                values[a] = rng.chance(MissedDoseChance) ? ToxResultValue::Negative
                                                         : ToxResultValue::Positive;
        }
    }

    // A return to use shows as the substance of a diagnosis the panel tests for.
    QStringList unexpected;
    if (forcePositive || rng.chance(positiveChance)) {
        QStringList candidates;
        for (Concern c : s.concerns) {
            const QStringList analytes = DemoText::useAnalytes(c);
            for (qsizetype i = 0; i < analytes.size(); ++i) {
                // Fentanyl is today's usual opioid; others now and then.
                if (values.contains(analytes.at(i)) && (i == 0 || rng.chance(0.3))
                    && !candidates.contains(analytes.at(i)))
                    candidates.append(analytes.at(i));
            }
        }
        if (candidates.isEmpty() && forcePositive) {
            for (const QLatin1String a : { QLatin1String(Analytes::Thc),
                     QLatin1String(Analytes::Cocaine), QLatin1String(Analytes::Alcohol) }) {
                if (values.contains(a) && candidates.isEmpty())
                    candidates.append(a);
            }
        }
        if (!candidates.isEmpty()) {
            const QString analyte = rng.pick(candidates);
            values[analyte] = ToxResultValue::Positive;
            unexpected.append(analyte);
            // Methamphetamine is metabolized to amphetamine.
            if (analyte == QLatin1String(Analytes::Methamphetamine)
                && values.contains(QLatin1String(Analytes::Amphetamine)))
                values[QLatin1String(Analytes::Amphetamine)] = ToxResultValue::Positive;
        }
    }
    for (const QString& a : panel->analytes)
        in.results.append({ a, values.value(a), false, {} });
    if (panelKey != QLatin1String("etg") && rng.chance(DiluteChance)) {
        in.results.append({ QLatin1String(Analytes::Validity), ToxResultValue::Dilute, false, {} });
        in.note = QStringLiteral("Dilute specimen; recollect at the next visit.");
    }
    if (!unexpected.isEmpty() && rng.chance(0.3))
        in.note = QStringLiteral("Participant disclosed use before the collection.");
    if (!m_c.pinOn(on, 9, 17))
        return {};
    if (auto id = ToxicologyStore(m_c.db).record(in); !id)
        return id.error();
    ++m_c.counts.screens;
    if (unexpected.isEmpty())
        return {};
    ++m_c.counts.unexpectedPositiveScreens;
    m_lastPositive = std::max(m_lastPositive, on);
    m_c.useDays[s.participantId].append(on);

    if (!forcePositive && !rng.chance(UseAfterPositiveChance))
        return {};
    UseEventInput use;
    use.participantId = s.participantId;
    use.occurredOn = std::max(planned.phases.first().start, on.addDays(-rng.between(0, 3)));
    use.substance = unexpected.first();
    use.source = UseSource::SelfReport;
    use.note = DemoText::useNote(rng);
    if (auto id = UseEventStore(m_c.db).record(use); !id)
        return id.error();
    ++m_c.counts.useEvents;
    return {};
}

} // namespace stepwise::demo
