// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <optional>

namespace stepwise {

class Database;

// An admission that goes with a new participant, so intake is saved in one transaction.
struct Admission
{
    QDate date;
    PhasePlan plan; // intensive phase plan; ProgramSettings gives the default
    QString reason;
};

class ParticipantStore
{
public:
    explicit ParticipantStore(Database& db)
        : m_db(db)
    { }

    // Normalises and validates, checks the record number is free and the counselor exists,
    // then inserts participant, diagnoses and (optionally) the admission in one transaction.
    Result<Id> add(Participant participant, const std::optional<Admission>& admission = {});
    Status update(Participant participant);
    // Reads need Permission::ViewParticipant for this participant; writes EditParticipant,
    // CreateParticipant and, to put someone on another counselor's caseload, ReassignCounselor.
    Result<Participant> get(Id id);
    // get() for showing the chart to a person: writes the "chart.view" audit row, flagged when
    // only emergency access lets the user in.
    Result<Participant> openChart(Id id);
    Result<std::optional<Id>> findByRecordNumber(const QString& recordNumber);
    Result<QList<Participant>> all(); // those the signed-in user reaches

    // Every rule add() or update() would refuse `participant` for, including a record number
    // taken by someone else, without writing; for forms that show all problems at once.
    // `participant.id` 0 means a new participant.
    Result<QList<FieldError>> check(const Participant& participant);

private:
    Status validateForWrite(const Participant& p);
    Status writeDiagnoses(Id participantId, const QList<Diagnosis>& diagnoses);
    Database& m_db;
};

} // namespace stepwise
