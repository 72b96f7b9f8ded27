// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNotes.h"

#include "attendance/AttendanceStatus.h"
#include "storage/GroupNoteStore.h"
#include "storage/NoteStore.h"
#include "storage/ScheduleStore.h"

namespace stepwise::demo {

namespace {

// Shares that shape the notes.
constexpr double IndividualNoteChance = 0.95; // of attended individual sessions
constexpr double GroupNoteChance = 0.93;      // of group sessions with attendance
constexpr double ForgottenChance = 0.03;      // of the last three weeks' individual notes
constexpr int ForgettingDays = 21;            // older notes have all been signed since
constexpr double OtherContactChance = 0.15;   // per participant and 30 days in care
constexpr double AddendumChance = 0.01;
constexpr double SecondSupervisorChance = 0.15;
constexpr int Returns = 2;

QDate weekday(const QDate& d)
{
    if (d.dayOfWeek() == Qt::Saturday)
        return d.addDays(-1);
    if (d.dayOfWeek() == Qt::Sunday)
        return d.addDays(1);
    return d;
}

} // namespace

DemoNotes::DemoNotes(DemoRecordContext& context)
    : m_c(context)
{
    // Most counselors write in the program's format; two have kept the one they trained in.
    if (m_c.counselors.size() > 2)
        m_formats.insert(m_c.counselors.at(2), NoteFormat::Soap);
    if (m_c.counselors.size() > 3)
        m_formats.insert(m_c.counselors.at(3), NoteFormat::Birp);
}

QDateTime DemoNotes::localDayTime(const QDateTime& utc, int days, int minute)
{
    const QDate day = m_c.clock.localDate(utc).addDays(days);
    return m_c.clock.instant(day, QTime(minute / 60, minute % 60));
}

NoteFormat DemoNotes::formatOf(Id author) const
{
    return m_formats.value(author, m_c.records.defaultNoteFormat);
}

QDateTime DemoNotes::signingTime(const QDateTime& created, double forgetChance)
{
    DemoRandom& rng = m_c.rng;
    if (rng.chance(forgetChance))
        return {};
    const double r = rng.unit();
    if (r < 0.6)
        return created.addSecs(60 * rng.between(5, 60));
    const int days = r < 0.9 ? 1 : r < 0.98 ? 2 : rng.between(3, 5);
    return localDayTime(created, days, rng.between(9 * 60, 18 * 60));
}

Id DemoNotes::cosigner()
{
    if (m_c.secondSupervisorId > 0 && m_c.rng.chance(SecondSupervisorChance))
        return m_c.secondSupervisorId;
    return m_c.supervisorId;
}

Status DemoNotes::review(Id noteId, Id groupNoteId, Id author, const QDateTime& signedAt, int parts)
{
    if (author != m_c.traineeId || m_c.traineeId == 0)
        return {};
    DemoRandom& rng = m_c.rng;
    NoteStore notes(m_c.db);
    QDateTime cosignAt = localDayTime(signedAt, rng.between(1, 6), rng.between(9 * 60, 12 * 60));
    const QDate signedOn = m_c.clock.localDate(signedAt);
    // Two notes of the last weeks went back to the trainee; both were answered, one of them is
    // co-signed since.
    if (groupNoteId == 0 && m_returned < Returns && signedOn >= m_c.today.addDays(-21)
        && signedOn <= m_c.today.addDays(-6)) {
        const QDateTime returnAt = localDayTime(signedAt, 1, rng.between(9 * 60, 12 * 60));
        const QDateTime answerAt = localDayTime(returnAt, 1, rng.between(13 * 60, 17 * 60));
        if (m_c.clock.reaches(answerAt)) {
            ++m_returned;
            m_c.actAs(m_c.supervisorId);
            m_c.pinAt(returnAt);
            if (Status s = notes.returnToAuthor(noteId, DemoText::returnComment(rng)); !s)
                return s;
            m_c.actAs(author);
            m_c.pinAt(answerAt);
            if (auto id = notes.addAddendum(noteId, DemoText::returnAnswer(rng)); !id)
                return id.error();
            ++m_c.counts.addenda;
            ++m_c.counts.notesReturned;
            if (m_returned == Returns) {
                ++m_c.counts.notesAwaitingCosign;
                return {};
            }
            cosignAt = localDayTime(answerAt, 1, rng.between(9 * 60, 12 * 60));
        }
    }
    if (!m_c.pinAt(cosignAt)) {
        m_c.counts.notesAwaitingCosign += parts;
        return {};
    }
    m_c.actAs(cosigner());
    if (groupNoteId > 0) {
        if (Status s = GroupNoteStore(m_c.db).cosignAll(groupNoteId); !s)
            return s;
    } else if (Status s = notes.cosign(noteId); !s) {
        return s;
    }
    m_c.counts.notesCosigned += parts;
    return {};
}

Status DemoNotes::maybeAddendum(Id noteId, Id author, const QDateTime& signedAt)
{
    if (author == m_c.traineeId || !m_c.rng.chance(AddendumChance))
        return {};
    const QDateTime at
        = localDayTime(signedAt, m_c.rng.between(1, 5), m_c.rng.between(10 * 60, 17 * 60));
    if (!m_c.pinAt(at))
        return {};
    m_c.actAs(author);
    if (auto id = NoteStore(m_c.db).addAddendum(noteId, DemoText::addendum(m_c.rng)); !id)
        return id.error();
    ++m_c.counts.addenda;
    return {};
}

Status DemoNotes::individual(
    const RecordSubject& s, const QList<ParticipantSession>& sessions, bool leaveLateDraft)
{
    DemoRandom& rng = m_c.rng;
    NoteStore notes(m_c.db);
    const QDateTime horizon = m_c.clock.horizonUtc();
    const qint64 deadline = qint64(m_c.records.unsignedNoteHours) * 3600;
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it) {
        const ParticipantSession& ps = *it;
        const ScheduledSession& session = ps.session;
        if (session.templateId != 0 || session.cancelled || !ps.entry
            || !attended(ps.entry->status))
            continue;
        const Id author = session.facilitatorIds.value(0);
        if (!m_c.staff.contains(author) || !rng.chance(IndividualNoteChance))
            continue;
        const QDateTime created = session.times.endUtc.addSecs(60 * rng.between(10, 180));
        if (!m_c.clock.reaches(created))
            continue;
        const QDate date = session.times.localDate;
        const bool leaveLate = leaveLateDraft && !m_leftLateDraft && date >= m_c.today.addDays(-14)
            && session.times.endUtc.addSecs(deadline + 3600) < horizon;
        const double forget = date >= m_c.today.addDays(-ForgettingDays) ? ForgottenChance : 0.0;
        const QDateTime signAt = leaveLate ? QDateTime() : signingTime(created, forget);

        NoteInput in;
        in.participantId = s.participantId;
        in.sessionId = session.id;
        in.contact = NoteContact::Individual;
        in.format = formatOf(author);
        in.serviceDate = date;
        // A session in the week after use is mostly about it.
        bool lapse = false;
        for (const QDate& used : m_c.useDays.value(s.participantId))
            lapse = lapse || (used <= date && used.daysTo(date) <= 7);
        lapse = lapse && rng.chance(0.6);
        in.sections = DemoText::individualNote(rng, in.format, s.name, s.substanceUse(), lapse);
        m_c.actAs(author);
        m_c.pinAt(created);
        auto id = notes.createDraft(in);
        if (!id)
            return id.error();
        ++m_c.counts.notes;
        if (!signAt.isValid() || !m_c.pinAt(signAt)) {
            ++m_c.counts.notesDraft;
            m_leftLateDraft = m_leftLateDraft || leaveLate;
            continue;
        }
        if (Status st = notes.sign(*id); !st)
            return st;
        ++m_c.counts.notesSigned;
        if (Status st = review(*id, 0, author, signAt, 1); !st)
            return st;
        if (Status st = maybeAddendum(*id, author, signAt); !st)
            return st;
    }
    m_c.clock.release();
    return {};
}

Status DemoNotes::otherContacts(const RecordSubject& s)
{
    DemoRandom& rng = m_c.rng;
    NoteStore notes(m_c.db);
    const QDate yearAgo = m_c.today.addDays(-365);
    for (const PlannedEpisode& e : s.history) {
        const QDate from = std::max(e.phases.first().start, yearAgo);
        const QDate to
            = std::min(e.discharge.isValid() ? e.discharge : m_c.today, m_c.today.addDays(-1));
        for (QDate window = from; window <= to; window = window.addDays(30)) {
            if (!rng.chance(OtherContactChance))
                continue;
            const QDate day = std::clamp(weekday(window.addDays(rng.between(0, 29))), from, to);
            NoteInput in;
            in.participantId = s.participantId;
            in.format = NoteFormat::Free;
            in.serviceDate = day;
            const double r = rng.unit();
            if (!s.medications.isEmpty() && r < 0.35) {
                in.contact = NoteContact::MedicationManagement;
                in.minutes = rng.between(15, 30);
            } else if (r < 0.7) {
                in.contact = NoteContact::CaseManagement;
                in.minutes = rng.between(15, 45);
            } else {
                in.contact = NoteContact::Phone;
                in.minutes = rng.between(5, 20);
            }
            in.sections.insert(QStringLiteral("note"), DemoText::freeNote(rng, in.contact, s.name));
            const QDateTime created = m_c.at(day, 11, 17);
            const QDateTime signAt = created.addSecs(60 * rng.between(5, 90));
            if (!m_c.pinAt(created))
                continue;
            m_c.actAs(s.counselorId);
            auto id = notes.createDraft(in);
            if (!id)
                return id.error();
            ++m_c.counts.notes;
            if (!m_c.pinAt(signAt)) {
                ++m_c.counts.notesDraft;
                continue;
            }
            if (Status st = notes.sign(*id); !st)
                return st;
            ++m_c.counts.notesSigned;
            if (Status st = review(*id, 0, s.counselorId, signAt, 1); !st)
                return st;
        }
    }
    m_c.clock.release();
    return {};
}

void DemoNotes::collectAttendees(
    const RecordSubject& s, const QList<ParticipantSession>& sessions, const QDate& from)
{
    for (const ParticipantSession& ps : sessions) {
        const QDate date = ps.session.times.localDate;
        if (ps.session.templateId == 0 || date < from || !ps.entry || !attended(ps.entry->status))
            continue;
        // The group note has a part for those in care that day (GroupNoteStore's rule).
        bool inCare = false;
        for (const PlannedEpisode& e : s.history) {
            inCare = inCare
                || (e.phases.first().start <= date
                    && (!e.discharge.isValid() || date <= e.discharge));
        }
        if (inCare)
            m_attendees[ps.session.id].append({ s.participantId, s.name });
    }
}

Status DemoNotes::groups(const QDate& from)
{
    DemoRandom& rng = m_c.rng;
    m_c.actAs(m_c.supervisorId);
    m_c.clock.release();
    auto sessions = ScheduleStore(m_c.db).sessions(from, m_c.today);
    if (!sessions)
        return sessions.error();
    GroupNoteStore store(m_c.db);
    const NoteFormat format = m_c.records.defaultNoteFormat;
    for (const ScheduledSession& session : std::as_const(*sessions)) {
        if (session.templateId == 0 || session.cancelled || session.attendedCount == 0)
            continue;
        const Id author = session.facilitatorIds.value(0);
        if (!m_c.staff.contains(author) || !rng.chance(GroupNoteChance))
            continue;
        const QDateTime created = session.times.endUtc.addSecs(60 * rng.between(15, 240));
        if (!m_c.clock.reaches(created))
            continue;
        // Never forgotten: every attendee's part would be late at once.
        const QDateTime signAt = signingTime(created, 0.0);
        // The parts GroupNoteStore starts the note with, one per attendee in care: known from
        // the attendance already read, so the note is not read back before it is written.
        QHash<Id, QMap<QString, QString>> parts;
        for (const auto& [participantId, name] : m_attendees.value(session.id))
            parts.insert(participantId, DemoText::groupPart(rng, format, name, false));
        if (parts.isEmpty())
            continue;
        m_c.actAs(author);
        m_c.pinAt(created);
        auto id = store.start(session.id, format);
        if (!id)
            return id.error();
        const int count = int(parts.size());
        const QString summary = DemoText::groupSummary(rng, session.templateName, count);
        if (Status st = store.save(*id, summary, parts); !st)
            return st;
        ++m_c.counts.groupNotes;
        m_c.counts.notes += count;
        if (!signAt.isValid() || !m_c.pinAt(signAt)) {
            m_c.counts.notesDraft += count;
            continue;
        }
        if (Status st = store.sign(*id); !st)
            return st;
        ++m_c.counts.groupNotesSigned;
        m_c.counts.notesSigned += count;
        if (Status st = review(0, *id, author, signAt, count); !st)
            return st;
    }
    m_c.clock.release();
    return {};
}

} // namespace stepwise::demo
