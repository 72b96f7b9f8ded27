// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoAssessments.h"
#include "DemoAttendance.h"
#include "DemoClock.h"
#include "DemoData.h"
#include "DemoHistory.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoRecords.h"
#include "common/Clock.h"
#include "storage/AccountStore.h"
#include "storage/AssessmentStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SafetyAlertStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace stepwise::DemoGenerator {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DemoGenerator", text);
}

using demo::CareState;
using demo::DemoRandom;

// Shares of participants by where they stand today; in care, about one in three is still in
// the intensive phase.
constexpr int DischargedPercent = 40;
constexpr int CaseloadPerCounselor = 12;

Error makeError(ErrorCode code, const QString& message)
{
    Error error;
    error.code = code;
    error.message = message;
    return error;
}

Error withContext(const QString& recordNumber, Error error)
{
    error.message
        = tr("Demo participant %1 could not be saved: %2").arg(recordNumber, error.message);
    return error;
}

class Writer
{
public:
    Writer(Database& db, const DemoOptions& options, QDate today, demo::DemoClock& clock)
        : m_db(db)
        , m_staff(db)
        , m_participants(db)
        , m_episodes(db)
        , m_settingsStore(db)
        , m_assessments(db)
        , m_alerts(db)
        , m_options(options)
        , m_today(today)
        , m_rng(options.seed)
        // A stream of its own: assessments leave the people and episodes of a seed as they were.
        , m_assessmentRng(quint64(options.seed) ^ 0xA55E55A1E0000000ull)
        , m_attendance(db, quint64(options.seed) ^ 0xA77E4DA4CE000000ull, today,
              options.years ? today.addYears(-*options.years) : QDate())
        , m_records(db, clock, quint64(options.seed) ^ 0x4EC0D5C11A000000ull, today)
    { }

    Status run()
    {
        // The demo administrator first: staff are added as them, clinical data as the demo
        // supervisor and assessments as each participant's counselor, so the audit trail reads
        // like a real clinic's.
        AccountStore accounts(m_db);
        auto fresh = accounts.needsFirstAdministrator();
        if (!fresh)
            return fresh.error();
        if (!*fresh)
            return makeError(ErrorCode::Conflict,
                tr("The database already has staff accounts; demo data goes into a new "
                   "database only."));
        StaffMember admin;
        admin.name = demo::DemoPeople::staffName(m_rng);
        admin.roles = { StaffRole::Administrator };
        admin.username = QString::fromLatin1(AdministratorUser);
        const auto adminId
            = accounts.createFirstAdministrator(admin, QString::fromLatin1(Password));
        if (!adminId)
            return adminId.error();
        m_staffNames.insert(admin.name.toCaseFolded());
        ++m_summary.staff;
        actAs(*adminId, admin);

        const auto settings = m_settingsStore.load();
        if (!settings)
            return settings.error();
        m_settings = *settings;

        // Enough counselors for a caseload of about 12 each among those still in care.
        const int inCare = m_options.inCare
            ? *m_options.inCare
            : (m_options.participants * (100 - DischargedPercent) + 99) / 100;
        m_inCareLeft = inCare;
        const int counselors
            = std::max(3, (inCare + CaseloadPerCounselor - 1) / CaseloadPerCounselor);
        if (Status s = addStaff(StaffRole::Supervisor, 2); !s)
            return s;
        if (Status s = addStaff(StaffRole::Counselor, counselors); !s)
            return s;
        actAs(m_supervisor.id, m_supervisor);
        // One query, not a load of every participant: a big database is refused quickly.
        const auto existing = CaseloadQuery::rows(m_db, {}, m_today);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return makeError(ErrorCode::Conflict,
                tr("The database already holds participants; demo data goes into an empty "
                   "database only."));
        QList<StaffMember> leads;
        for (Id id : std::as_const(m_counselors))
            leads.append(m_counselorMembers.value(id));
        if (Status s = m_attendance.createGroups(inCare, leads, m_supervisor); !s)
            return s;
        m_records.setStaff(leads, m_supervisor, m_secondSupervisor, m_settings.records);

        const int width = std::max(5, int(QString::number(m_options.participants).size()));
        for (int i = 1; i <= m_options.participants; ++i) {
            const QString recordNumber = QStringLiteral("SW-")
                + QString::number(i).rightJustified(width, QLatin1Char('0'));
            if (Status s = addParticipant(recordNumber, m_options.participants - i + 1); !s)
                return withContext(recordNumber, s.error());
        }
        if (Status s = m_attendance.finish(); !s)
            return s;
        // Notes need the attendance, and the latest discharge records summarize it.
        return m_records.finish();
    }

    DemoSummary summary() const
    {
        DemoSummary s = m_summary;
        const demo::DemoAttendance::Counts c = m_attendance.counts();
        s.sessions = c.groupSessions + c.individualSessions;
        s.attendance = c.rows;
        const demo::RecordCounts r = m_records.counts();
        s.treatmentPlans = r.treatmentPlans;
        s.planVersions = r.planVersions;
        s.planReviews = r.planReviews;
        s.relapsePlans = r.relapsePlans;
        s.aftercarePlans = r.aftercarePlans;
        s.medications = r.medications;
        s.notes = r.notes;
        s.notesSigned = r.notesSigned;
        s.notesDraft = r.notesDraft;
        s.notesAwaitingCosign = r.notesAwaitingCosign;
        s.groupNotes = r.groupNotes;
        s.screens = r.screens;
        s.unexpectedPositiveScreens = r.unexpectedPositiveScreens;
        s.useEvents = r.useEvents;
        s.dischargeRecords = r.dischargeRecords;
        return s;
    }

private:
    void actAs(Id id, const StaffMember& member)
    {
        Session session;
        session.staffId = id;
        session.name = member.name;
        session.username = member.username;
        session.roles = member.roles;
        session.signedInAt = Clock::instance().nowUtc();
        m_db.setSession(session);
    }

    Status addStaff(StaffRole role, int count)
    {
        const auto list = m_staff.list(true);
        if (!list)
            return list.error();
        for (const StaffMember& member : *list)
            m_staffNames.insert(member.name.toCaseFolded());
        for (int i = 0; i < count; ++i) {
            StaffMember member;
            member.roles = { role };
            // The second counselor is a trainee: their notes wait for a supervisor's
            // co-signature, so the co-sign queue has work.
            member.cosignRequired = role == StaffRole::Counselor && m_counselors.size() == 1;
            do
                member.name = demo::DemoPeople::staffName(m_rng);
            while (m_staffNames.contains(member.name.toCaseFolded()));
            m_staffNames.insert(member.name.toCaseFolded());
            const auto id = m_staff.add(member);
            if (!id)
                return id.error();
            if (role == StaffRole::Counselor)
                m_counselors.append(*id);
            ++m_summary.staff;
            // The first of each clinical role gets the documented demo account.
            const char* username = nullptr;
            if (role == StaffRole::Supervisor && m_supervisor.id == 0)
                username = SupervisorUser;
            else if (role == StaffRole::Counselor && m_counselors.size() == 1)
                username = CounselorUser;
            member.id = *id;
            if (username) {
                member.username = QString::fromLatin1(username);
                if (Status s = AccountStore(m_db).setCredentials(
                        *id, member.username, QString::fromLatin1(Password));
                    !s)
                    return s;
                if (role == StaffRole::Supervisor)
                    m_supervisor = member;
            } else if (role == StaffRole::Supervisor && m_secondSupervisor.id == 0) {
                m_secondSupervisor = member;
            }
            if (role == StaffRole::Counselor)
                m_counselorMembers.insert(member.id, member);
        }
        return {};
    }

    // `left` participants remain to be added, this one included.
    CareState pickState(int left)
    {
        if (m_options.inCare) {
            // Selection sampling: exactly inCare of them are in care, spread over the list.
            const bool stays = m_rng.between(1, left) <= m_inCareLeft;
            if (!stays)
                return CareState::Discharged;
            --m_inCareLeft;
        } else if (m_rng.between(1, 100) <= DischargedPercent) {
            return CareState::Discharged;
        }
        static constexpr CareState inCare[]
            = { CareState::Intensive, CareState::StepDown, CareState::Aftercare };
        return inCare[m_rng.weighted({ 38, 25, 37 })];
    }

    Status addParticipant(const QString& recordNumber, int left)
    {
        Participant p;
        p.recordNumber = recordNumber;
        demo::DemoPeople::fillPerson(p, m_rng, m_today);
        static constexpr PrimaryFocus focuses[]
            = { PrimaryFocus::SubstanceUse, PrimaryFocus::MentalHealth, PrimaryFocus::CoOccurring };
        p.primaryFocus = focuses[m_rng.weighted({ 45, 20, 35 })];
        p.diagnoses = demo::DemoHistory::diagnoses(m_rng, p.primaryFocus);
        p.referralSource = QString::fromUtf8(m_rng.pick(demo::referralSources()));
        // A few new intakes wait for a counselor to be assigned.
        p.counselorId = m_rng.chance(0.01) ? 0 : m_rng.pick(m_counselors);

        const CareState state = pickState(left);
        const int episodeCount = 1 + m_rng.weighted({ 81, 15, 4 });
        const bool onHold = state != CareState::Discharged && m_rng.chance(0.04);
        const QList<demo::PlannedEpisode> history
            = demo::DemoHistory::history(m_rng, m_today, state, episodeCount, m_settings,
                m_options.years ? int(m_today.addYears(-*m_options.years).daysTo(m_today)) : 730);
        // The date of birth must precede the first admission by at least 18 years.
        const QDate latestBirth = history.first().phases.first().start.addYears(-18);
        if (p.dateOfBirth > latestBirth)
            p.dateOfBirth = latestBirth.addDays(-m_rng.between(0, 364));

        p.status = ParticipantStatus::Active;
        const auto id = m_participants.add(p);
        if (!id)
            return id.error();
        p.id = *id;
        ++m_summary.participants;

        m_records.addParticipant(p, p.counselorId, history, onHold);
        const demo::AssessmentPlan assessments = planAssessments(p, history);
        for (qsizetype e = 0; e < history.size(); ++e) {
            if (Status s = writeEpisode(p, history, int(e), assessments); !s)
                return s;
        }
        if (onHold) {
            p.status = ParticipantStatus::OnHold;
            if (Status s = m_participants.update(p); !s)
                return s;
        }
        return m_attendance.addParticipant(p.id, p.counselorId, history, onHold);
    }

    // One episode with its assessments and clinical record: everything a clinic writes while
    // the episode is open is written before its discharge, and an earlier episode's discharge
    // record before the readmission.
    Status writeEpisode(const Participant& p, const QList<demo::PlannedEpisode>& history, int index,
        const demo::AssessmentPlan& assessments)
    {
        const demo::PlannedEpisode& planned = history.at(index);
        const demo::PlannedPhase& first = planned.phases.first();
        const auto episodeId = m_episodes.admit(p.id, first.start, first.plan, first.reason);
        if (!episodeId)
            return episodeId.error();
        ++m_summary.episodes;
        ++m_summary.phases;
        for (qsizetype i = 1; i < planned.phases.size(); ++i) {
            const demo::PlannedPhase& phase = planned.phases[i];
            if (Status s = m_episodes.transition(
                    *episodeId, phase.kind, phase.start, phase.plan, phase.reason);
                !s)
                return s;
            ++m_summary.phases;
        }
        if (Status s = writeAssessments(p, planned, assessments); !s)
            return s;
        if (Status s = m_records.episodeWritten(index, *episodeId); !s)
            return s;
        if (!planned.discharge.isValid())
            return {};
        if (Status s = m_episodes.discharge(*episodeId, planned.discharge, planned.dischargeReason);
            !s)
            return s;
        return m_records.discharged(index);
    }

    demo::AssessmentPlan planAssessments(
        const Participant& p, const QList<demo::PlannedEpisode>& history)
    {
        const demo::AssessmentSubject subject { p.id, p.primaryFocus, p.diagnoses, history };
        // AssessmentStore refuses dates after the clock's today, which a caller may set earlier.
        const QDate today = std::min(m_today, Clock::instance().today());
        return demo::DemoAssessments::plan(m_assessmentRng, subject, today, m_settings.assessments);
    }

    // The assessments of one episode, recorded before it closes so that its discharge record
    // holds its final scores.
    Status writeAssessments(
        const Participant& p, const demo::PlannedEpisode& planned, const demo::AssessmentPlan& plan)
    {
        const QDate from = planned.phases.first().start;
        const QDate to = planned.discharge.isValid() ? planned.discharge : QDate(9999, 12, 31);
        QList<AssessmentInput> inputs;
        for (const AssessmentInput& in : plan.inputs) {
            if (in.administeredOn >= from && in.administeredOn <= to)
                inputs.append(in);
        }
        if (inputs.isEmpty())
            return {};
        QList<demo::PlannedFollowUp> followUps;
        for (const demo::PlannedFollowUp& f : plan.followUps) {
            if (f.administeredOn >= from && f.administeredOn <= to)
                followUps.append(f);
        }
        // Recorded by the participant's counselor, as in a clinic; by the supervisor for the
        // few who wait for one.
        const auto counselor = m_counselorMembers.constFind(p.counselorId);
        if (counselor != m_counselorMembers.constEnd())
            actAs(counselor->id, *counselor);
        Status done = recordAssessments(p.id, inputs, followUps);
        actAs(m_supervisor.id, m_supervisor);
        return done;
    }

    Status recordAssessments(Id participantId, const QList<AssessmentInput>& inputs,
        const QList<demo::PlannedFollowUp>& followUps)
    {
        // One call per episode: all of it is checked before any is written.
        if (auto ids = m_assessments.recordAll(inputs); !ids)
            return ids.error();
        if (followUps.isEmpty())
            return {};
        const auto open = m_alerts.alerts(participantId, true);
        if (!open)
            return open.error();
        for (const demo::PlannedFollowUp& followUp : followUps) {
            for (const SafetyAlert& alert : *open) {
                if (alert.administeredOn != followUp.administeredOn)
                    continue;
                if (Status s = m_alerts.followUp(alert.id, followUp.action, followUp.note); !s)
                    return s;
            }
        }
        return {};
    }

    Database& m_db;
    StaffStore m_staff;
    ParticipantStore m_participants;
    EpisodeStore m_episodes;
    SettingsStore m_settingsStore;
    AssessmentStore m_assessments;
    SafetyAlertStore m_alerts;
    const DemoOptions& m_options;
    const QDate m_today;
    DemoRandom m_rng;
    DemoRandom m_assessmentRng;
    demo::DemoAttendance m_attendance;
    ProgramSettings m_settings;
    QSet<QString> m_staffNames;
    QList<Id> m_counselors;
    QHash<Id, StaffMember> m_counselorMembers;
    StaffMember m_supervisor;
    StaffMember m_secondSupervisor;
    demo::DemoRecords m_records;
    DemoSummary m_summary;
    int m_inCareLeft = 0;
};

} // namespace

Result<DemoSummary> generate(Database& db, const DemoOptions& options)
{
    if (options.participants < 0)
        return makeError(
            ErrorCode::InvalidArgument, tr("The number of demo participants cannot be negative."));
    if (options.inCare && (*options.inCare < 0 || *options.inCare > options.participants))
        return makeError(ErrorCode::InvalidArgument,
            tr("The number in care must be from 0 to the number of participants (%1).")
                .arg(options.participants));
    if (options.years && (*options.years < 1 || *options.years > DemoOptions::MaxYears))
        return makeError(ErrorCode::InvalidArgument,
            tr("The years of history must be from 1 to %1.").arg(DemoOptions::MaxYears));
    const QDate today = options.today.isValid() ? options.today : Clock::instance().today();

    // One transaction for the whole clinic: the stores' own transactions join it, which keeps
    // 20,000 participants to one commit, and a failure leaves the database as it was.
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    // The generator acts as the demo accounts; whoever was signed in before is restored.
    const std::optional<Session> previous = db.session();
    // Records are dated when they would have been written; the clock is the caller's again
    // when this returns.
    demo::DemoClock clock(today);
    Writer writer(db, options, today, clock);
    Status done = writer.run();
    db.setSession(previous);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return writer.summary();
}

} // namespace stepwise::DemoGenerator
