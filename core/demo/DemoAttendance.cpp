// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAttendance.h"

#include "DemoData.h"
#include "DemoHolidays.h"
#include "attendance/Hours.h"
#include "attendance/SessionType.h"
#include "common/Clock.h"
#include "storage/AttendanceStore.h"
#include "storage/Database.h"
#include "storage/ScheduleStore.h"

#include <algorithm>

namespace stepwise::demo {

namespace {

// Demo data is sample content, not interface text: it is not translated, so a seed gives the
// same clinic in every locale (as DemoData).
QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Shares that shape the attendance.
constexpr double DriftingChance = 0.15;        // in care: attendance fades over the weeks
constexpr double DroppingOutChance = 0.06;     // in care for a month or more: stopped coming
constexpr double VideoParticipantChance = 0.1; // joins groups by video now and then
constexpr double DropInChance = 0.015;         // an aftercare participant at a Saturday group
constexpr int IndividualMinutes = 60;

const char* const excusedNotes[]
    = { "Called in sick", "Medical appointment", "Court date", "Childcare fell through",
          "Work schedule conflict", "Family emergency", "Transportation problem, called ahead" };
const char* const leftEarlyNotes[]
    = { "Left for work", "Picked up a child from school", "Medical appointment", "Felt unwell" };
const char* const holdNotes[]
    = { "On hold: medical leave", "On hold: family emergency", "On hold: inpatient stay" };
const char* const cancelReasons[] = { "Facilitator out sick; no cover available",
    "Building closed after a power outage", "Building closed for severe weather" };

} // namespace

DemoAttendance::DemoAttendance(Database& db, quint64 seed, const QDate& today, const QDate& from)
    : m_db(db)
    , m_rng(seed)
    , m_today(today)
    , m_from(from.isValid() ? from : today.addYears(-1))
    , m_to(today.addDays(14))
{
    // Sessions that started before now have attendance; for a clinic generated as of an earlier
    // day, everything up to the end of that day.
    const QDateTime endOfToday
        = QDateTime(today.addDays(1), QTime(0, 0), SessionTime::workstationZone()).toUTC();
    m_nowUtc = std::min(Clock::instance().nowUtc(), endOfToday);
    m_holidays = DemoHolidays::between(m_from, m_to);
}

void DemoAttendance::actAs(Id staffId)
{
    if (m_db.session() && m_db.session()->staffId == staffId)
        return;
    const StaffMember member = m_staff.value(staffId);
    Session session;
    session.staffId = member.id;
    session.name = member.name;
    session.username = member.username;
    session.roles = member.roles;
    session.signedInAt = Clock::instance().nowUtc();
    m_db.setSession(session);
}

Status DemoAttendance::createGroups(
    int inCare, const QList<StaffMember>& counselors, const StaffMember& supervisor)
{
    if (counselors.isEmpty())
        return {};
    for (const StaffMember& c : counselors)
        m_staff.insert(c.id, c);
    m_staff.insert(supervisor.id, supervisor);
    m_supervisorId = supervisor.id;
    m_demoCounselorId = counselors.first().id;
    // A set of the five groups for every InCarePerTrack participants in care keeps groups at a
    // size a room holds, however big the clinic.
    m_tracks = std::max(1, inCare / InCarePerTrack);
    ScheduleStore store(m_db);
    for (int track = 0; track < m_tracks; ++track) {
        if (Status s = createTrack(store, track, counselors); !s)
            return s;
    }
    return {};
}

Status DemoAttendance::createTrack(
    ScheduleStore& store, int track, const QList<StaffMember>& counselors)
{
    // Distinct leads for the five groups of a track when there are five counselors or more;
    // with three or four, nobody leads two groups at the same time either.
    const auto lead = [&counselors, track](int index, int fallback) {
        const qsizetype n = counselors.size();
        return counselors.at(n >= 5 ? (5 * track + index) % n : (index < n ? index : fallback)).id;
    };
    const QString suffix = track == 0 ? QString() : QStringLiteral(" %1").arg(track + 1);

    struct Spec
    {
        const char* name;
        const char* type;
        QList<Qt::DayOfWeek> days;
        QTime start;
        QTime end;
        PhaseKind phase;
        const char* room;
        const char* topic;
        Id facilitator;
    };
    // Three 3-hour sessions a week meet the adult intensive requirement (9 h on 3 days); the
    // Tuesday group alone meets step-down's (3 h on 1 day), and Saturday's adds to it for plans
    // of two sessions a week. Aftercare requires no hours by default. Leads are chosen so that
    // nobody leads two groups at once.
    const Spec specs[] = {
        { "Morning IOP", SessionTypes::GroupTherapy, { Qt::Monday, Qt::Wednesday, Qt::Friday },
            QTime(9, 0), QTime(12, 0), PhaseKind::Intensive, "Group room A",
            "Process group, coping skills, psychoeducation", lead(0, 0) },
        { "Evening IOP", SessionTypes::GroupTherapy, { Qt::Monday, Qt::Wednesday, Qt::Thursday },
            QTime(18, 0), QTime(21, 0), PhaseKind::Intensive, "Group room A",
            "Process group, coping skills, psychoeducation", lead(1, 0) },
        { "Step-down group", SessionTypes::GroupTherapy, { Qt::Tuesday }, QTime(18, 0),
            QTime(21, 0), PhaseKind::StepDown, "Group room B",
            "Process group and recovery planning", lead(2, 0) },
        { "Relapse prevention", SessionTypes::RelapsePrevention, { Qt::Saturday }, QTime(10, 0),
            QTime(12, 0), PhaseKind::StepDown, "Group room B",
            "Triggers, cravings and coping plans", lead(3, 2) },
        { "Aftercare group", SessionTypes::GroupTherapy, { Qt::Thursday }, QTime(17, 0),
            QTime(18, 30), PhaseKind::Aftercare, "Group room B", "Peer support and check-in",
            lead(4, 0) },
    };
    for (const Spec& spec : specs) {
        GroupTemplate t;
        t.name = utf8(spec.name) + suffix;
        t.sessionType = QString::fromLatin1(spec.type);
        t.weekdays = spec.days;
        t.start = spec.start;
        t.end = spec.end;
        t.timeZone = SessionTime::workstationZone().id();
        t.phase = spec.phase;
        t.location = utf8(spec.room) + suffix;
        t.topic = utf8(spec.topic);
        t.facilitatorId = spec.facilitator;
        const auto id = store.createTemplate(t);
        if (!id)
            return id.error();
        t.id = *id;
        m_groups.append(t);
        m_memberships.append(QList<Membership> {});
        ++m_counts.groups;
    }
    return {};
}

Status DemoAttendance::addParticipant(
    Id participantId, Id counselorId, const QList<PlannedEpisode>& history, bool onHold)
{
    if (m_groups.isEmpty())
        return {};
    static const QSet<QString> early = [] {
        QSet<QString> set;
        for (const char* reason : earlyDischargeReasons())
            set.insert(utf8(reason));
        return set;
    }();

    Subject subject;
    subject.participantId = participantId;
    subject.facilitatorId = m_staff.contains(counselorId) ? counselorId : m_supervisorId;
    subject.history = history;
    subject.video = m_rng.chance(VideoParticipantChance);
    subject.slot = m_caseloadSlots[subject.facilitatorId]++;
    subject.track = int(m_subjects.size() % m_tracks);
    for (const PlannedEpisode& planned : history) {
        Course c;
        c.admission = planned.phases.first().start;
        c.end = planned.discharge;
        const bool open = !c.end.isValid();
        const int days = int(c.admission.daysTo(open ? m_today : c.end));
        if (open) {
            const double r = m_rng.unit();
            if (days >= 30 && r < DroppingOutChance)
                c.pattern = Pattern::DroppingOut;
            else if (r < DroppingOutChance + DriftingChance)
                c.pattern = Pattern::Drifting;
        } else if (early.contains(planned.dischargeReason)) {
            c.pattern = leadUp(planned.dischargeReason);
        } else if (m_rng.chance(0.1)) {
            c.pattern = Pattern::Drifting;
        }
        switch (c.pattern) {
        case Pattern::Steady:
            c.rate = 0.90 + 0.07 * m_rng.unit();
            break;
        case Pattern::Drifting:
            c.rate = 0.88 + 0.07 * m_rng.unit();
            c.driftFrom = c.admission.addDays(m_rng.between(14, 35));
            c.drift = 0.03 + 0.04 * m_rng.unit();
            break;
        case Pattern::DroppingOut:
            c.rate = 0.85 + 0.08 * m_rng.unit();
            c.dropFrom = open ? m_today.addDays(-m_rng.between(12, 24))
                              : c.end.addDays(-m_rng.between(7, 21));
            c.dropFrom = std::max(c.dropFrom, c.admission.addDays(std::min(7, days / 2)));
            break;
        }
        if (open && onHold) {
            c.pattern = Pattern::Steady;
            c.holdFrom = std::max(m_today.addDays(-m_rng.between(5, 14)), c.admission.addDays(1));
        }
        subject.courses.append(c);
    }
    m_subjectIndex.insert(participantId, m_subjects.size());
    m_subjects.append(subject);
    return enrolPhases(m_subjects.last());
}

DemoAttendance::Pattern DemoAttendance::leadUp(const QString& earlyReason)
{
    // How attendance went before an early discharge, by the start of its reason (DemoData's
    // list): those who stopped coming or were jailed were absent, unexcused, for their last
    // weeks; those who left against advice faded or stopped; a move, a transfer or the end of
    // an insurance authorization can come at any time.
    struct LeadUp
    {
        const char* reasonStart;
        int steady;
        int drifting;
        int droppingOut;
    };
    static constexpr LeadUp leadUps[] = {
        { "Stopped attending", 0, 0, 100 },
        { "Incarcerated", 0, 0, 100 },
        { "Left against", 0, 40, 60 },
    };
    static constexpr Pattern patterns[]
        = { Pattern::Steady, Pattern::Drifting, Pattern::DroppingOut };
    for (const LeadUp& l : leadUps) {
        if (earlyReason.startsWith(utf8(l.reasonStart)))
            return patterns[m_rng.weighted({ l.steady, l.drifting, l.droppingOut })];
    }
    return patterns[m_rng.weighted({ 55, 45, 0 })];
}

Status DemoAttendance::enrolPhases(Subject& subject)
{
    struct Span
    {
        int group;
        QDate from;
        QDate to;
    };
    // Morning and Evening IOP take newcomers in turn; a participant back in intensive care
    // returns to the same group.
    const int first = GroupsPerTrack * subject.track;
    const int intensive
        = first + int(m_intensiveCount++ % 2 == 0 ? Group::MorningIop : Group::EveningIop);
    QList<Span> spans;
    for (const PlannedEpisode& planned : subject.history) {
        for (qsizetype i = 0; i < planned.phases.size(); ++i) {
            const PlannedPhase& phase = planned.phases.at(i);
            const QDate to = i + 1 < planned.phases.size()
                ? planned.phases.at(i + 1).start.addDays(-1)
                : planned.discharge;
            if (to.isValid() && to < m_from)
                continue;
            const QDate from = std::max(phase.start, m_from);
            QList<int> groups;
            switch (phase.kind) {
            case PhaseKind::Intensive:
                groups = { intensive };
                if (phase.plan.sessionsPerWeek >= 4)
                    groups.append(first + int(Group::RelapsePrevention));
                break;
            case PhaseKind::StepDown:
                groups = { first + int(Group::StepDown) };
                if (phase.plan.sessionsPerWeek >= 2)
                    groups.append(first + int(Group::RelapsePrevention));
                break;
            case PhaseKind::Aftercare:
                groups = { first + int(Group::Aftercare) };
                break;
            }
            for (int g : groups) {
                // A group kept from one phase to the next is one enrolment.
                auto last = std::find_if(
                    spans.rbegin(), spans.rend(), [g](const Span& s) { return s.group == g; });
                if (last != spans.rend() && last->to.isValid() && last->to.addDays(1) == from)
                    last->to = to;
                else
                    spans.append({ g, from, to });
            }
        }
    }
    std::stable_sort(
        spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    ScheduleStore store(m_db);
    for (const Span& span : spans) {
        const Id templateId = m_groups.at(span.group).id;
        if (Status s = store.enroll(templateId, subject.participantId, span.from); !s)
            return s;
        if (span.to.isValid()) {
            if (Status s = store.unenroll(templateId, subject.participantId, span.to); !s)
                return s;
        }
        m_memberships[span.group].append({ subject.participantId, span.from, span.to });
    }
    return {};
}

Status DemoAttendance::finish()
{
    if (m_groups.isEmpty())
        return {};
    actAs(m_supervisorId);
    ScheduleStore store(m_db);
    // Sessions are generated once everyone is enrolled: each expects its members in one go.
    // A year at a time, as a clinic generates them (the store refuses more than 550 days).
    for (const GroupTemplate& t : std::as_const(m_groups)) {
        for (QDate from = m_from; from <= m_to; from = from.addYears(1)) {
            const QDate to = std::min(m_to, from.addYears(1).addDays(-1));
            const auto created = store.generate(t.id, from, to, m_holidays);
            if (!created)
                return created.error();
            m_counts.groupSessions += *created;
        }
    }
    auto sessions = store.sessions(m_from, m_to);
    if (!sessions)
        return sessions.error();
    if (Status s = cancelSome(*sessions); !s)
        return s;

    QHash<Id, int> groupOf;
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        groupOf.insert(m_groups.at(g).id, int(g));
    QList<Work> work;
    for (const ScheduledSession& s : std::as_const(*sessions)) {
        if (s.cancelled || s.times.startUtc > m_nowUtc)
            continue;
        const int g = groupOf.value(s.templateId, -1);
        if (g < 0)
            continue;
        work.append({ s, g, m_groups.at(g).facilitatorId, 0, s.telehealth });
    }
    if (Status s = bookIndividual(work); !s)
        return s;
    std::stable_sort(work.begin(), work.end(), [](const Work& a, const Work& b) {
        if (a.session.times.startUtc != b.session.times.startUtc)
            return a.session.times.startUtc < b.session.times.startUtc;
        return a.session.id < b.session.id;
    });

    // The demo counselor's latest group session, and their latest individual session if it was
    // in the last seven days, wait for them to take attendance.
    QSet<Id> pending;
    Id lastGroup = 0;
    Id lastIndividual = 0;
    for (const Work& w : std::as_const(work)) {
        if (w.facilitatorId != m_demoCounselorId)
            continue;
        if (w.group >= 0)
            lastGroup = w.session.id;
        else if (w.session.times.localDate >= m_today.addDays(-6))
            lastIndividual = w.session.id;
    }
    for (Id id : { lastGroup, lastIndividual }) {
        if (id > 0)
            pending.insert(id);
    }

    AttendanceStore attendance(m_db);
    for (const Work& w : std::as_const(work)) {
        // Drawn for every session, taken or not, so a session left pending does not change
        // the attendance of the sessions after it.
        const QList<AttendanceEntry> list = entries(w);
        if (list.isEmpty())
            continue;
        if (pending.contains(w.session.id)) {
            ++m_counts.pending;
            continue;
        }
        // Taken by whoever led the session, as the audit trail will show.
        actAs(w.facilitatorId);
        if (Status s = attendance.save(w.session.id, list); !s)
            return s;
        m_counts.rows += int(list.size());
        for (const AttendanceEntry& e : list)
            m_counts.dropIns += e.dropIn ? 1 : 0;
    }
    actAs(m_supervisorId);
    return {};
}

Status DemoAttendance::cancelSome(QList<ScheduledSession>& sessions)
{
    QList<Id> candidates;
    for (const ScheduledSession& s : sessions) {
        if (s.times.localDate >= m_from.addDays(14) && s.times.localDate <= m_today.addDays(-14))
            candidates.append(s.id);
    }
    if (candidates.isEmpty())
        return {};
    ScheduleStore store(m_db);
    const int count = m_rng.between(1, 2);
    QSet<Id> done;
    for (int i = 0; i < count; ++i) {
        const Id id = m_rng.pick(candidates);
        const QString reason = utf8(m_rng.pick(cancelReasons));
        if (done.contains(id))
            continue;
        if (Status s = store.cancel(id, reason); !s)
            return s;
        done.insert(id);
        ++m_counts.cancelled;
    }
    // Attendance is taken from this list: it must show what was just cancelled.
    for (ScheduledSession& s : sessions) {
        if (done.contains(s.id))
            s.cancelled = true;
    }
    return {};
}

Status DemoAttendance::bookIndividual(QList<Work>& work)
{
    ScheduleStore store(m_db);
    const QTimeZone zone = SessionTime::workstationZone();
    const QDate weekZero = AttendanceHours::weekStart(m_from, Qt::Monday);
    for (const Subject& subject : std::as_const(m_subjects)) {
        // A fixed afternoon hour, spread over the counselor's caseload and clear of the morning
        // and evening groups.
        const int weekday = 1 + subject.slot % 5;
        const int hour = 13 + (subject.slot / 5) % 4;
        const int parity = (subject.slot / 20) % 2;
        for (const Course& c : subject.courses) {
            const QDate from = std::max(c.admission.addDays(3), m_from);
            const QDate to = c.end.isValid() ? std::min(c.end, m_to) : m_to;
            QDate d = from.addDays((weekday - from.dayOfWeek() + 7) % 7);
            for (; d <= to; d = d.addDays(7)) {
                // Weekly while in intensive care, as IOPs commonly schedule it, then every
                // other week.
                const bool everyWeek = phaseOn(subject, d) == PhaseKind::Intensive;
                if (m_holidays.contains(d)
                    || (!everyWeek && (weekZero.daysTo(d) / 7) % 2 != parity))
                    continue;
                SessionInput in;
                in.sessionType = QString::fromLatin1(SessionTypes::IndividualCounseling);
                in.date = d;
                in.start = QTime(hour, 0);
                in.end = in.start.addSecs(IndividualMinutes * 60);
                in.telehealth = m_rng.chance(subject.video ? 0.5 : 0.08);
                in.location = in.telehealth ? utf8("Video") : utf8("Counseling office");
                in.facilitatorIds = { subject.facilitatorId };
                in.participantIds = { subject.participantId };
                const auto id = store.book(in);
                if (!id)
                    return id.error();
                ++m_counts.individualSessions;
                const auto times = SessionTime::resolve(d, in.start, in.end, zone);
                if (!times || times->startUtc > m_nowUtc)
                    continue;
                ScheduledSession s;
                s.id = *id;
                s.sessionType = in.sessionType;
                s.times = *times;
                s.telehealth = in.telehealth;
                work.append({ s, -1, subject.facilitatorId, subject.participantId, in.telehealth });
            }
        }
    }
    return {};
}

std::optional<PhaseKind> DemoAttendance::phaseOn(const Subject& subject, const QDate& date)
{
    std::optional<PhaseKind> kind;
    for (const PlannedEpisode& planned : subject.history) {
        if (date < planned.phases.first().start
            || (planned.discharge.isValid() && date > planned.discharge))
            continue;
        for (const PlannedPhase& phase : planned.phases) {
            if (phase.start <= date)
                kind = phase.kind;
        }
    }
    return kind;
}

const DemoAttendance::Course* DemoAttendance::courseOn(
    const Subject& subject, const QDate& date) const
{
    for (const Course& c : subject.courses) {
        if (c.admission <= date && (!c.end.isValid() || date <= c.end))
            return &c;
    }
    return nullptr;
}

QList<AttendanceEntry> DemoAttendance::entries(const Work& w)
{
    QList<AttendanceEntry> list;
    const QDate date = w.session.times.localDate;
    const int minutes = w.session.times.minutes();
    if (w.group < 0) {
        const Subject& subject = m_subjects.at(m_subjectIndex.value(w.subject));
        if (auto e = entryFor(subject, date, minutes, w.telehealth))
            list.append(*e);
        return list;
    }
    const auto activeOn = [&date](const Membership& m) {
        return m.from <= date && (!m.to.isValid() || date <= m.to);
    };
    for (const Membership& m : m_memberships.at(w.group)) {
        if (!activeOn(m))
            continue;
        const Subject& subject = m_subjects.at(m_subjectIndex.value(m.participantId));
        if (auto e = entryFor(subject, date, minutes, w.telehealth))
            list.append(*e);
    }
    if (w.group % GroupsPerTrack == int(Group::RelapsePrevention)) {
        // Now and then someone in aftercare comes back for a Saturday group.
        const int aftercare = w.group - int(Group::RelapsePrevention) + int(Group::Aftercare);
        for (const Membership& m : m_memberships.at(aftercare)) {
            if (!activeOn(m) || !m_rng.chance(DropInChance))
                continue;
            const Subject& subject = m_subjects.at(m_subjectIndex.value(m.participantId));
            const Course* c = courseOn(subject, date);
            if (!c || c->pattern != Pattern::Steady || c->holdFrom.isValid())
                continue;
            AttendanceEntry e;
            e.participantId = m.participantId;
            e.status = AttendanceStatus::Present;
            e.note = utf8("Drop-in from aftercare");
            list.append(e);
        }
    }
    return list;
}

std::optional<AttendanceEntry> DemoAttendance::entryFor(
    const Subject& subject, const QDate& date, int sessionMinutes, bool telehealthSession)
{
    const Course* c = courseOn(subject, date);
    if (!c)
        return std::nullopt;
    AttendanceEntry e;
    e.participantId = subject.participantId;
    if (c->holdFrom.isValid() && date >= c->holdFrom) {
        e.status = AttendanceStatus::ExcusedAbsence;
        e.note = utf8(holdNotes[size_t(subject.participantId) % std::size(holdNotes)]);
        return e;
    }
    if (c->pattern == Pattern::DroppingOut && date >= c->dropFrom) {
        e.status = AttendanceStatus::UnexcusedAbsence;
        if (m_rng.chance(0.3))
            e.note = utf8("No call, no show");
        return e;
    }
    double rate = c->rate;
    if (c->pattern == Pattern::Drifting && date > c->driftFrom)
        rate = std::max(0.3, rate - c->drift * double(c->driftFrom.daysTo(date)) / 7.0);
    if (!m_rng.chance(rate)) {
        const double unexcused = c->pattern == Pattern::Steady ? 0.3 : 0.65;
        if (m_rng.chance(unexcused)) {
            e.status = AttendanceStatus::UnexcusedAbsence;
            if (m_rng.chance(0.4))
                e.note = utf8("No call, no show");
        } else {
            e.status = AttendanceStatus::ExcusedAbsence;
            e.note = utf8(m_rng.pick(excusedNotes));
        }
        return e;
    }
    if (telehealthSession || m_rng.chance(subject.video ? 0.3 : 0.02)) {
        e.status = AttendanceStatus::Telehealth;
        return e;
    }
    const double late = c->pattern == Pattern::Drifting ? 0.12 : 0.06;
    const double r = m_rng.unit();
    if (r < late) {
        e.status = AttendanceStatus::Late;
        e.minutesLate = 5 * m_rng.between(1, 6);
    } else if (r < late + 0.025) {
        e.status = AttendanceStatus::LeftEarly;
        e.minutesLeftEarly = std::min(15 * m_rng.between(1, 4), sessionMinutes / 2);
        e.note = utf8(m_rng.pick(leftEarlyNotes));
    }
    return e;
}

} // namespace stepwise::demo
