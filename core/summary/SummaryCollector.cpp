// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryCollector.h"

#include "auth/Access.h"
#include "storage/AssessmentStore.h"
#include "storage/AttendanceQuery.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/MedicationStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/UseEventStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise::SummaryCollector {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SummaryCollector", text);
}

bool within(const QDate& d, const QDate& from, const QDate& to)
{
    return d >= from && d <= to;
}

bool overlaps(const Episode& e, const QDate& from, const QDate& to)
{
    return e.admissionDate <= to && (e.isOpen() || e.dischargeDate >= from);
}

// Counselors report on their caseload, supervisors on everyone: the same rule as the weekly
// hours report. The participant must be within reach either way.
Status requireReport(Database& db, Id participantId)
{
    if (Status s = Access::requireParticipant(db, Permission::ViewParticipant, participantId); !s)
        return s;
    const RoleSet roles = db.session() ? db.session()->roles : RoleSet {};
    return Access::require(db,
        Access::roleAllows(roles, Permission::ViewAllReports) ? Permission::ViewAllReports
                                                              : Permission::ViewOwnReports);
}

Status addAssessments(Database& db, ProgressSummary& s)
{
    auto history = AssessmentStore(db).history(s.participant.id);
    if (!history)
        return history.error();
    QList<Assessment> all = *history;
    std::sort(all.begin(), all.end(), [](const Assessment& a, const Assessment& b) {
        return a.administeredOn != b.administeredOn ? a.administeredOn < b.administeredOn
                                                    : a.recordedAt < b.recordedAt;
    });
    for (const InstrumentDefinition& definition : Instruments::all()) {
        InstrumentSeries series;
        series.instrument = definition.id;
        QList<DatedScore> episodeScores;
        for (const Assessment& a : all) {
            if (a.instrument != definition.id)
                continue;
            if (within(a.administeredOn, s.from, s.to))
                series.assessments.append(a);
            // The baseline of a change is the first score of the episode, which may fall
            // before the period; the latest is the last one within it.
            if (s.episode && a.episodeId == s.episode->id && a.administeredOn <= s.to
                && a.score.total)
                episodeScores.append({ a.administeredOn, *a.score.total });
        }
        if (series.assessments.isEmpty())
            continue;
        if (ScoreChangeRules::appliesTo(definition.id))
            series.change = ScoreChangeRules::change(episodeScores);
        if (definition.id == QLatin1String("asam"))
            s.latestAsam = series.latest();
        s.instruments.append(series);
    }
    return {};
}

Status addRecovery(Database& db, ProgressSummary& s)
{
    auto screens = ToxicologyStore(db).screens(s.participant.id);
    if (!screens)
        return screens.error();
    for (const ToxScreen& screen : *screens) {
        if (within(screen.collectedOn, s.from, s.to))
            s.screens.prepend(screen); // newest first from the store
    }
    auto medications = MedicationStore(db).medications(s.participant.id);
    if (!medications)
        return medications.error();
    s.medications = *medications;
    auto events = UseEventStore(db).events(s.participant.id);
    if (!events)
        return events.error();
    for (const UseEvent& e : *events) {
        if (within(e.occurredOn, s.from, s.to))
            s.useEvents.prepend(e);
    }
    return {};
}

Status addPlans(Database& db, ProgressSummary& s)
{
    if (!s.episode)
        return {};
    auto plan = TreatmentPlanStore(db).current(s.episode->id);
    if (!plan)
        return plan.error();
    s.plan = *plan;
    auto aftercare = AftercarePlanStore(db).current(s.episode->id);
    if (!aftercare)
        return aftercare.error();
    s.aftercare = *aftercare;
    const Phase* atEnd = s.phaseAtEnd();
    s.aftercareApplies = !s.episode->isOpen() || (atEnd && atEnd->kind == PhaseKind::Aftercare);
    return {};
}

} // namespace

QList<FieldError> checkPeriod(const QDate& from, const QDate& to, const QDate& today)
{
    QList<FieldError> errors;
    if (!from.isValid())
        errors.append({ QStringLiteral("from"), tr("Enter the first day of the period.") });
    if (!to.isValid())
        errors.append({ QStringLiteral("to"), tr("Enter the last day of the period.") });
    else if (to > today)
        errors.append({ QStringLiteral("to"), tr("The period cannot end after today.") });
    if (from.isValid() && to.isValid() && from > to)
        errors.append(
            { QStringLiteral("from"), tr("The period must start on or before its last day.") });
    return errors;
}

Result<ProgressSummary> collect(
    Database& db, Id participantId, const QDate& from, const QDate& to, const QDate& today)
{
    if (Status s = requireReport(db, participantId); !s)
        return s.error();
    if (QList<FieldError> errors = checkPeriod(from, to, today); !errors.isEmpty())
        return Error::validation(errors);

    ProgressSummary s;
    s.from = from;
    s.to = to;
    s.preparedOn = today;
    auto participant = ParticipantStore(db).get(participantId);
    if (!participant)
        return participant.error();
    s.participant = *participant;
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();
    s.clinicName = settings->clinicName;
    s.programName = settings->programName;
    const AttendanceSettings& rules = settings->attendance;
    s.weekStartsOn = rules.weekStartsOn;

    const QDate firstWeek = AttendanceHours::weekStart(from, rules.weekStartsOn);
    auto loaded = AttendanceQuery::load(db, firstWeek, to, QList<Id> { participantId });
    if (!loaded)
        return loaded.error();
    const AttendanceHistory history = loaded->value(participantId);
    auto episodes = EpisodeStore(db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    // The summary is about the latest episode overlapping the period itself (with its
    // discharge reason and every phase's reason, which the hours query does not read).
    for (const Episode& e : *episodes) {
        if (!overlaps(e, from, to))
            continue;
        s.episodesInPeriod.append(e);
        s.episode = e;
    }
    for (const Episode& e : *episodes) {
        if (s.episode && e.admissionDate < s.episode->admissionDate)
            ++s.earlierEpisodes;
    }
    if (s.participant.counselorId != 0) {
        auto counselor = StaffStore(db).get(s.participant.counselorId);
        if (!counselor)
            return counselor.error();
        s.counselorName = counselor->name;
    }
    for (QDate week = firstWeek; week <= to; week = week.addDays(7))
        s.weeks.append(AttendanceHours::weekHours(
            history.episodes, history.dateOfBirth, history.spans, week, rules));

    if (Status st = addAssessments(db, s); !st)
        return st.error();
    if (Status st = addRecovery(db, s); !st)
        return st.error();
    if (Status st = addPlans(db, s); !st)
        return st.error();
    return s;
}

} // namespace stepwise::SummaryCollector
