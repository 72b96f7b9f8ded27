// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadQuery.h"

#include "AssessmentStore.h"
#include "AttendanceQuery.h"
#include "Database.h"
#include "NoteStore.h"
#include "SettingsStore.h"
#include "ToxicologyStore.h"
#include "TreatmentPlanStore.h"
#include "auth/Access.h"

#include <QHash>
#include <algorithm>

namespace stepwise::CaseloadQuery {

namespace {

QVariant optionalText(const std::optional<QString>& v)
{
    return v ? QVariant(*v) : QVariant();
}

// The treatment plan, late notes and toxicology (issue 6): one bulk call per store. Late notes
// are the author's to finish even after discharge, so they are asked for every row.
Status addRecords(
    Database& db, QList<CaseloadRow>& rows, const QList<Id>& inCare, const QDate& today)
{
    auto plans = TreatmentPlanStore(db).dueForParticipants(inCare, today);
    if (!plans)
        return plans.error();
    auto recovery = ToxicologyStore(db).flagsFor(inCare, today);
    if (!recovery)
        return recovery.error();
    QList<Id> everyone;
    for (const CaseloadRow& row : rows)
        everyone.append(row.participantId);
    auto late = NoteStore(db).lateUnsignedCounts(everyone);
    if (!late)
        return late.error();
    auto cosign = NoteStore(db).awaitingCosignCounts(inCare);
    if (!cosign)
        return cosign.error();
    auto worsened = AssessmentStore(db).worsenedInOpenEpisodes(inCare);
    if (!worsened)
        return worsened.error();
    for (CaseloadRow& row : rows) {
        if (const auto due = plans->constFind(row.participantId);
            due != plans->cend() && due->overdue())
            row.planDue = *due;
        if (const auto s = recovery->constFind(row.participantId); s != recovery->cend()) {
            row.recoveryFlags = s->flags();
            row.unexpectedPositiveOn = s->flaggedPositiveOn;
        }
        row.lateUnsignedNotes = late->value(row.participantId);
        row.notesAwaitingCosign = cosign->value(row.participantId);
        row.worsenedInstruments = worsened->value(row.participantId);
    }
    return {};
}

// Open safety alerts and overdue assessments for the rows in care: two grouped queries over
// the whole program, then the schedule rules per row in C++ (AssessmentSchedule).
Status addAttention(Database& db, QList<CaseloadRow>& rows, const QDate& today)
{
    auto alerts = db.exec(QStringLiteral("SELECT participant_id, count(*) FROM safety_alert "
                                         "WHERE followed_up_at IS NULL GROUP BY participant_id"));
    if (!alerts)
        return alerts.error();
    QHash<Id, int> openAlerts;
    while (alerts->next())
        openAlerts.insert(alerts->value(0).toLongLong(), alerts->value(1).toInt());

    // From the open episodes (episode_one_open) to their assessments: discharged episodes' are
    // never read, and the columns are all in assessment_episode, so no assessment row is either.
    auto last = db.exec(QStringLiteral(
        "SELECT e.participant_id, a.instrument, max(a.administered_on) FROM episode e "
        "CROSS JOIN assessment a ON a.episode_id = e.id WHERE e.discharge_date IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
        "GROUP BY e.participant_id, a.instrument"));
    if (!last)
        return last.error();
    QHash<Id, QHash<QString, QDate>> lastDates;
    while (last->next()) {
        lastDates[last->value(0).toLongLong()].insert(
            last->value(1).toString(), QDate::fromString(last->value(2).toString(), Qt::ISODate));
    }
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();

    QList<Id> inCare;
    for (const CaseloadRow& row : rows) {
        if (row.phase && row.daysInProgram >= 0)
            inCare.append(row.participantId);
    }
    // The sessions of the last complete week and this one, for the hours; the run of absences
    // and the last day attended come from the whole history, kept per participant.
    const QDate lastWeek
        = AttendanceHours::weekStart(today, settings->attendance.weekStartsOn).addDays(-7);
    auto attendance = AttendanceQuery::load(db, lastWeek, today, inCare);
    if (!attendance)
        return attendance.error();
    auto recorded = AttendanceQuery::recordedEngagement(db, inCare);
    if (!recorded)
        return recorded.error();
    auto extended = db.exec(QStringLiteral(
        "SELECT x.phase_id, sum(x.weeks) FROM phase_extension x JOIN phase ph ON ph.id = "
        "x.phase_id WHERE ph.end_date IS NULL GROUP BY x.phase_id"));
    if (!extended)
        return extended.error();
    QHash<Id, int> extensionWeeks;
    while (extended->next())
        extensionWeeks.insert(extended->value(0).toLongLong(), extended->value(1).toInt());

    for (CaseloadRow& row : rows) {
        row.openSafetyAlerts = openAlerts.value(row.participantId);
        if (const auto it = attendance->constFind(row.participantId); it != attendance->cend()) {
            row.attendance = EngagementRules::flagsWith(it->episodes, it->dateOfBirth, it->spans,
                recorded->value(row.participantId), today, settings->attendance);
            for (const Episode& e : it->episodes) {
                const Phase* p = e.isOpen() ? e.currentPhase() : nullptr;
                if (!p)
                    continue;
                PhaseExtension x;
                x.phaseId = p->id;
                x.weeks = extensionWeeks.value(p->id);
                row.daysOverExpectedLength
                    = LengthOfStayRules::measure(e, *p, { x }, settings->attendance, today)
                          .daysOver();
            }
        }
        if (!row.phase || row.daysInProgram < 0)
            continue;
        // The schedule needs only the admission date and the open phase.
        Episode episode;
        episode.admissionDate = row.admissionDate;
        Phase phase;
        phase.kind = *row.phase;
        phase.startDate = row.phaseStart;
        episode.phases.append(phase);
        row.overdueAssessments = AssessmentSchedule::overdue(
            episode, lastDates.value(row.participantId), settings->assessments, today);
    }
    return addRecords(db, rows, inCare, today);
}

} // namespace

Result<QList<CaseloadRow>> rows(Database& db, const CaseloadFilter& filter, const QDate& today)
{
    // The latest episode per participant and its open phase; filters are bound (each twice:
    // Qt numbers placeholders itself), a NULL filter value matches everything.
    if (Status s = Access::require(db, Permission::ViewParticipant); !s)
        return s.error();
    const std::optional<QString> status
        = filter.status ? std::optional(storageKey(*filter.status)) : std::nullopt;
    const std::optional<QString> phase
        = filter.phase ? std::optional(storageKey(*filter.phase)) : std::nullopt;
    const QVariant counselor = filter.counselorId ? QVariant(*filter.counselorId) : QVariant();
    const QString columns = QStringLiteral(
        "SELECT p.id, p.record_number, p.legal_first_name, p.legal_last_name, p.preferred_name, "
        "p.date_of_birth, p.counselor_id, s.name, p.status, p.primary_focus, "
        "e.admission_date, e.discharge_date, ph.kind, ph.start_date ");
    // In care only: read from the open episodes (the partial index episode_one_open), so the cost
    // follows the participants in care and not the archive. Otherwise each participant with
    // their latest episode.
    const QString from = filter.inCareOnly
        ? QStringLiteral("FROM episode e CROSS JOIN participant p ON p.id = e.participant_id "
                         "LEFT JOIN staff s ON s.id = p.counselor_id "
                         "LEFT JOIN phase ph ON ph.episode_id = e.id AND ph.end_date IS NULL "
                         "WHERE e.discharge_date IS NULL AND ")
        : QStringLiteral(
            "FROM participant p "
            "LEFT JOIN staff s ON s.id = p.counselor_id "
            "LEFT JOIN episode e ON e.id = (SELECT id FROM episode WHERE participant_id = p.id "
            "    ORDER BY admission_date DESC, id DESC LIMIT 1) "
            "LEFT JOIN phase ph ON ph.episode_id = e.id AND ph.end_date IS NULL WHERE ");
    auto r = db.exec(columns + from
            + QStringLiteral("(? IS NULL OR p.status = ?) AND (? IS NULL OR p.counselor_id = ?) "
                             "AND (? IS NULL OR ph.kind = ?) AND (? = 0 OR p.status <> ?) AND ")
            + QLatin1String(Access::participantVisibleSql)
            + QStringLiteral(
                " ORDER BY p.legal_last_name COLLATE NOCASE, p.legal_first_name COLLATE NOCASE, "
                "p.id"),
        QVariantList { optionalText(status), optionalText(status), counselor, counselor,
            optionalText(phase), optionalText(phase), filter.excludeDischarged,
            storageKey(ParticipantStatus::Discharged) }
            + Access::visibilityValues(db));
    if (!r)
        return r.error();

    QList<CaseloadRow> list;
    Rows& q = r.value();
    while (q.next()) {
        Participant p;
        p.legalFirstName = q.value(2).toString();
        p.legalLastName = q.value(3).toString();
        p.preferredName = q.value(4).toString();
        p.dateOfBirth = QDate::fromString(q.value(5).toString(), Qt::ISODate);

        CaseloadRow row;
        row.participantId = q.value(0).toLongLong();
        row.recordNumber = q.value(1).toString();
        row.name = p.sortName();
        row.legalFirstName = p.legalFirstName;
        row.legalLastName = p.legalLastName;
        row.preferredName = p.preferredName;
        row.dateOfBirth = p.dateOfBirth;
        row.age = p.ageOn(today);
        row.counselorId = q.value(6).toLongLong();
        row.counselorName = q.value(7).toString();
        row.status
            = parseParticipantStatus(q.value(8).toString()).value_or(ParticipantStatus::Active);
        row.primaryFocus
            = parsePrimaryFocus(q.value(9).toString()).value_or(PrimaryFocus::SubstanceUse);
        row.admissionDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        const bool inCare = !q.value(10).isNull() && q.value(11).isNull();
        if (inCare && row.admissionDate.isValid())
            row.daysInProgram = int(row.admissionDate.daysTo(today)) + 1;
        if (!q.value(12).isNull()) {
            row.phase = parsePhaseKind(q.value(12).toString());
            row.phaseStart = QDate::fromString(q.value(13).toString(), Qt::ISODate);
            if (row.phaseStart.isValid())
                row.daysInPhase = std::max(0, int(row.phaseStart.daysTo(today)) + 1);
        }
        list.append(std::move(row));
    }
    if (Status s = addAttention(db, list, today); !s)
        return s.error();
    return list;
}

} // namespace stepwise::CaseloadQuery
