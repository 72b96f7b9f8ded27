// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace stepwise {

// Someone the participant can call: in a relapse prevention plan, or in the aftercare support
// network.
struct SupportContact
{
    QString name;
    QString relationship; // "sponsor", "sister", "counselor", ...
    QString phone;
    bool operator==(const SupportContact&) const = default;
};

// The participant's relapse prevention plan: what sets off use, the signs that it is coming,
// what to do instead and whom to call. Every save is a new version (CarePlanStore).
struct RelapsePlan
{
    QStringList triggers;
    QStringList warningSigns;
    QStringList copingStrategies;
    QList<SupportContact> peopleToCall;

    // Field keys: "triggers", "coping_strategies", "people_to_call" (at least one of each; a
    // blank line does not count), "person.N.name", "person.N.phone" (N from 0).
    QList<FieldError> validate() const;
    // Blank lines dropped and text trimmed, as saved.
    RelapsePlan normalized() const;

    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    static Result<RelapsePlan> fromJson(const QByteArray& text);
    static Result<RelapsePlan> fromJson(const QJsonObject& json);

    bool operator==(const RelapsePlan&) const = default;
};

namespace SupportContacts {
// Shared with AftercarePlan: a name for each, and a phone that looks like one when given
// (`requirePhone`: a person to call needs one). Fields "<prefix>.N.name", "<prefix>.N.phone".
void validate(const QList<SupportContact>& contacts, const QString& prefix, bool requirePhone,
    QList<FieldError>& errors);
QJsonObject toJson(const SupportContact& c);
} // namespace SupportContacts

} // namespace stepwise
