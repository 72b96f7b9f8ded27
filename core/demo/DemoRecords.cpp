// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRecords.h"

#include "DemoConsents.h"
#include "attendance/AttendanceStatus.h"
#include "discharge/DischargeRules.h"
#include "storage/AttendanceStore.h"
#include "storage/Database.h"
#include "storage/DischargeStore.h"

namespace stepwise::demo {

namespace {

// Attendance that counts as struggling: under 70% of the last five weeks' sessions, excused
// absences left out, with enough sessions to tell.
constexpr int StrugglingWindowDays = 35;
constexpr int StrugglingMinimumSessions = 4;
constexpr double StrugglingRate = 0.7;
constexpr int GroupNoteWeeks = 8;

QDate strugglingFrom(const QList<ParticipantSession>& sessions, const QDate& today)
{
    const QDate from = today.addDays(-StrugglingWindowDays);
    int counted = 0;
    int came = 0;
    for (const ParticipantSession& ps : sessions) {
        if (!ps.entry || ps.session.times.localDate < from
            || ps.entry->status == AttendanceStatus::ExcusedAbsence)
            continue;
        ++counted;
        came += attended(ps.entry->status) ? 1 : 0;
    }
    if (counted < StrugglingMinimumSessions || came >= counted * StrugglingRate)
        return {};
    return from;
}

DischargeCondition conditionFor(DemoRandom& rng, DischargeReason reason)
{
    using C = DischargeCondition;
    switch (reason) {
    case DischargeReason::Completed:
    case DischargeReason::TransferredLower:
        return rng.chance(0.75) ? C::Improved : C::PartlyImproved;
    case DischargeReason::TransferredHigher:
        return rng.chance(0.5) ? C::Worsened : C::Unchanged;
    case DischargeReason::LeftAgainstAdvice: {
        static constexpr C choices[] = { C::PartlyImproved, C::Unchanged, C::Unknown };
        return choices[rng.weighted({ 40, 40, 20 })];
    }
    case DischargeReason::Administrative:
        return rng.chance(0.6) ? C::Unknown : C::Unchanged;
    case DischargeReason::Moved:
        return rng.chance(0.6) ? C::PartlyImproved : C::Improved;
    case DischargeReason::Incarcerated:
    case DischargeReason::Deceased:
        return C::Unknown;
    case DischargeReason::Other:
        return rng.chance(0.7) ? C::PartlyImproved : C::Unchanged;
    }
    return C::Unknown;
}

} // namespace

DemoRecords::DemoRecords(Database& db, DemoClock& clock, quint64 seed, const QDate& today)
    : m_c(db, clock, seed, today)
    , m_seed(seed)
    , m_plans(m_c)
    , m_recovery(m_c)
{ }

DemoRecords::~DemoRecords() = default;

void DemoRecords::setStaff(const QList<StaffMember>& counselors, const StaffMember& supervisor,
    const StaffMember& secondSupervisor, const RecordsSettings& settings)
{
    m_c.records = settings;
    for (const StaffMember& c : counselors) {
        m_c.staff.insert(c.id, c);
        m_c.counselors.append(c.id);
        if (c.cosignRequired && m_c.traineeId == 0)
            m_c.traineeId = c.id;
    }
    m_c.staff.insert(supervisor.id, supervisor);
    m_c.supervisorId = supervisor.id;
    if (secondSupervisor.id > 0) {
        m_c.staff.insert(secondSupervisor.id, secondSupervisor);
        m_c.secondSupervisorId = secondSupervisor.id;
    }
    m_c.demoCounselorId = counselors.isEmpty() ? 0 : counselors.first().id;
}

void DemoRecords::settle()
{
    m_c.clock.release();
    m_c.actAs(m_c.supervisorId);
}

DischargeReason DemoRecords::reasonOf(const QString& demoReason, QString* note)
{
    // DemoData's reasons, by how they start.
    struct Mapping
    {
        const char* start;
        DischargeReason reason;
        const char* note; // nullptr: the demo reason itself; "": none
    };
    static constexpr Mapping mappings[] = {
        { "Completed program; ", DischargeReason::Completed, nullptr },
        { "Completed", DischargeReason::Completed, "" },
        { "Stopped attending", DischargeReason::Administrative, nullptr },
        { "Left against", DischargeReason::LeftAgainstAdvice, "" },
        { "Moved", DischargeReason::Moved, "" },
        { "Transferred to residential", DischargeReason::TransferredHigher,
            "Residential treatment" },
        { "Referred to partial", DischargeReason::TransferredHigher,
            "Partial hospitalization program" },
        { "Incarcerated", DischargeReason::Incarcerated, "" },
    };
    for (const Mapping& m : mappings) {
        const QString start = QString::fromUtf8(m.start);
        if (!demoReason.startsWith(start))
            continue;
        if (note) {
            if (!m.note)
                *note = m.reason == DischargeReason::Completed ? demoReason.mid(start.size())
                                                               : demoReason;
            else
                *note = QString::fromUtf8(m.note);
        }
        return m.reason;
    }
    if (note)
        *note = demoReason;
    return DischargeReason::Other;
}

void DemoRecords::addParticipant(
    const Participant& p, Id counselorId, const QList<PlannedEpisode>& history, bool onHold)
{
    RecordSubject s;
    s.participantId = p.id;
    s.counselorId = m_c.staff.contains(counselorId) ? counselorId : m_c.supervisorId;
    s.name = p.preferredName.isEmpty() ? p.legalFirstName : p.preferredName;
    s.focus = p.primaryFocus;
    for (const Diagnosis& d : p.diagnoses) {
        s.concerns.append(DemoText::concernOf(d.icd10Code));
        s.codes.append(d.icd10Code);
    }
    s.history = history;
    s.onHold = onHold;
    DemoRecovery::chooseMedications(m_c.rng, s);
    m_subjects.append(s);
}

Status DemoRecords::episodeWritten(int index, Id episodeId)
{
    if (m_subjects.isEmpty() || m_c.supervisorId == 0)
        return {};
    RecordSubject& s = m_subjects.last();
    s.episodeIds.append(episodeId);
    const PlannedEpisode& planned = s.history.at(index);
    const bool open = !planned.discharge.isValid();
    const QDate admission = planned.phases.first().start;
    // The demo counselor's first participant well past the first plan's due date keeps a draft.
    const bool leaveOverdue = !m_planOverdueLeft && open && !s.onHold
        && s.counselorId == m_c.demoCounselorId
        && admission.addDays(m_c.records.initialPlanDays + 3) < m_c.today;
    m_planOverdueLeft = m_planOverdueLeft || leaveOverdue;

    Status done = m_plans.write(s, index, leaveOverdue);
    if (done)
        done = m_recovery.medications(s, index);
    if (done && !open) {
        // Those who left early had been using more in their last weeks.
        QDate struggling;
        const DischargeReason reason = reasonOf(planned.dischargeReason);
        if (reason == DischargeReason::Administrative
            || reason == DischargeReason::LeftAgainstAdvice
            || reason == DischargeReason::Incarcerated)
            struggling = planned.discharge.addDays(-m_c.rng.between(14, 35));
        done = m_recovery.screens(s, index, struggling);
    }
    settle();
    return done;
}

Status DemoRecords::discharged(int index)
{
    if (m_subjects.isEmpty() || m_c.supervisorId == 0)
        return {};
    const RecordSubject& s = m_subjects.last();
    if (index + 1 >= s.history.size())
        return {};
    Status done = dischargeRecord(s, index);
    settle();
    return done;
}

Status DemoRecords::dischargeRecord(const RecordSubject& s, int index)
{
    const PlannedEpisode& planned = s.history.at(index);
    DemoRandom& rng = m_c.rng;
    m_c.actAs(s.counselorId);
    DischargeInput in;
    in.participantId = s.participantId;
    in.date = planned.discharge;
    in.reason = reasonOf(planned.dischargeReason, &in.reasonNote);
    in.condition = conditionFor(rng, in.reason);
    // Written on the day of discharge or within two days; the clock stops at the horizon.
    m_c.clock.pin(m_c.at(in.date.addDays(rng.chance(0.6) ? 0 : rng.between(1, 2)), 15, 18));
    DischargeStore store(m_c.db);
    auto facts = store.facts(s.participantId, in.date);
    if (!facts)
        return facts.error();
    facts->reason = in.reason;
    facts->reasonNote = in.reasonNote;
    facts->condition = in.condition;
    QString summary = DischargeRules::draftSummary(*facts);
    if (facts->sessionsAttended == 0 && facts->excusedAbsences == 0
        && facts->unexcusedAbsences == 0) {
        // The demo's schedule covers the last year only, and it is written after the earlier
        // episodes' records: their draft would say no session was attended.
        const QStringList lines = summary.split(QLatin1Char('\n'));
        const qsizetype heading = lines.indexOf(QStringLiteral("ATTENDANCE"));
        if (heading >= 0 && heading + 1 < lines.size()) {
            QStringList edited = lines;
            edited[heading + 1] = in.date >= m_c.today.addDays(-366)
                ? QStringLiteral("See the attendance record for this episode's sessions and "
                                 "absences.")
                : QStringLiteral("Attendance was kept on paper sign-in sheets for this episode.");
            summary = edited.join(QLatin1Char('\n'));
        }
    }
    // The draft ends with a bracketed prompt for the clinician's own assessment.
    const qsizetype lastLine = summary.lastIndexOf(QLatin1Char('\n')) + 1;
    if (summary.mid(lastLine).startsWith(QLatin1Char('[')))
        summary.truncate(lastLine);
    in.summary = summary + DemoText::dischargeAssessment(rng, int(in.reason), s.name);
    if (Status st = store.completeRecord(in); !st)
        return st;
    ++m_c.counts.dischargeRecords;
    return {};
}

Status DemoRecords::finish()
{
    if (m_c.supervisorId == 0)
        return {};
    m_notes = std::make_unique<DemoNotes>(m_c);
    bool positiveShown = false;
    const RecordSubject* positiveCandidate = nullptr;
    for (const RecordSubject& s : std::as_const(m_subjects)) {
        settle();
        // Sessions exist for the last year only.
        const QDate yearAgo = m_c.today.addDays(-366);
        const int last = int(s.history.size()) - 1;
        QList<ParticipantSession> sessions;
        if (!s.history.at(last).discharge.isValid() || s.history.at(last).discharge >= yearAgo) {
            auto read = AttendanceStore(m_c.db).history(s.participantId, yearAgo, m_c.today);
            if (!read)
                return read.error();
            sessions = std::move(read).value();
        }
        const PlannedEpisode& latest = s.history.at(last);
        const bool open = !latest.discharge.isValid();
        const bool demoCaseload = s.counselorId == m_c.demoCounselorId;
        if (open) {
            if (Status st = m_recovery.screens(s, last, strugglingFrom(sessions, m_c.today)); !st)
                return st;
            const QDate positive = m_recovery.lastUnexpectedPositive();
            positiveShown = positiveShown
                || (demoCaseload && positive.isValid() && positive > m_c.today.addDays(-14));
            if (demoCaseload && !positiveCandidate && s.substanceUse() && !s.onHold
                && latest.phases.first().start <= m_c.today.addDays(-10))
                positiveCandidate = &s;
        }
        m_notes->collectAttendees(s, sessions, m_c.today.addDays(-7 * GroupNoteWeeks));
        if (Status st = m_notes->individual(s, sessions, demoCaseload && open); !st)
            return st;
        if (Status st = m_notes->otherContacts(s); !st)
            return st;
        if (!open) {
            if (Status st = dischargeRecord(s, last); !st)
                return st;
        }
    }
    if (!positiveShown && positiveCandidate) {
        QDate on = m_c.today.addDays(-m_c.rng.between(2, 6));
        while (on.dayOfWeek() > Qt::Friday)
            on = on.addDays(-1);
        if (Status st = m_recovery.positiveScreen(
                *positiveCandidate, int(positiveCandidate->history.size()) - 1, on);
            !st)
            return st;
    }
    if (Status st = m_notes->groups(m_c.today.addDays(-7 * GroupNoteWeeks)); !st)
        return st;
    DemoConsents consents(m_c, m_seed);
    for (const RecordSubject& s : std::as_const(m_subjects)) {
        if (Status st = consents.write(s); !st)
            return st;
    }
    settle();
    return {};
}

} // namespace stepwise::demo
