// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelapsePlan.h"

#include "PlanJson.h"
#include "domain/ParticipantRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::RelapsePlan", text);
}

QStringList cleaned(const QStringList& lines)
{
    QStringList out;
    for (const QString& l : lines) {
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    }
    return out;
}

} // namespace

namespace SupportContacts {

void validate(const QList<SupportContact>& contacts, const QString& prefix, bool requirePhone,
    QList<FieldError>& errors)
{
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const SupportContact& c = contacts.at(i);
        const QString base = QStringLiteral("%1.%2.").arg(prefix).arg(i);
        if (c.name.trimmed().isEmpty())
            errors.append({ base + QStringLiteral("name"), tr("Give the person's name.") });
        const QString phone = c.phone.trimmed();
        if (phone.isEmpty() && requirePhone)
            errors.append({ base + QStringLiteral("phone"), tr("Give a phone number to call.") });
        else if (!phone.isEmpty() && !ParticipantRules::isPlausiblePhone(phone))
            errors.append({ base + QStringLiteral("phone"),
                tr("This does not look like a phone number (7 to 20 digits).") });
    }
}

QJsonObject toJson(const SupportContact& c)
{
    return { { QStringLiteral("name"), c.name }, { QStringLiteral("relationship"), c.relationship },
        { QStringLiteral("phone"), c.phone } };
}

} // namespace SupportContacts

QList<FieldError> RelapsePlan::validate() const
{
    QList<FieldError> errors;
    if (cleaned(triggers).isEmpty())
        errors.append({ QStringLiteral("triggers"), tr("Name at least one trigger.") });
    if (cleaned(copingStrategies).isEmpty())
        errors.append(
            { QStringLiteral("coping_strategies"), tr("Name at least one coping strategy.") });
    if (peopleToCall.isEmpty())
        errors.append(
            { QStringLiteral("people_to_call"), tr("Name at least one person to call.") });
    SupportContacts::validate(peopleToCall, QStringLiteral("person"), true, errors);
    return errors;
}

RelapsePlan RelapsePlan::normalized() const
{
    RelapsePlan p;
    p.triggers = cleaned(triggers);
    p.warningSigns = cleaned(warningSigns);
    p.copingStrategies = cleaned(copingStrategies);
    for (SupportContact c : peopleToCall) {
        c.name = c.name.trimmed();
        c.relationship = c.relationship.trimmed();
        c.phone = c.phone.trimmed();
        p.peopleToCall.append(c);
    }
    return p;
}

QJsonObject RelapsePlan::toJson() const
{
    QJsonArray people;
    for (const SupportContact& c : peopleToCall)
        people.append(SupportContacts::toJson(c));
    return { { QStringLiteral("triggers"), QJsonArray::fromStringList(triggers) },
        { QStringLiteral("warning_signs"), QJsonArray::fromStringList(warningSigns) },
        { QStringLiteral("coping_strategies"), QJsonArray::fromStringList(copingStrategies) },
        { QStringLiteral("people_to_call"), people } };
}

QByteArray RelapsePlan::toJsonText() const
{
    return PlanJson::compact(toJson());
}

Result<RelapsePlan> RelapsePlan::fromJson(const QByteArray& text)
{
    auto object = PlanJson::parseObject(text, tr("relapse prevention plan"));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<RelapsePlan> RelapsePlan::fromJson(const QJsonObject& json)
{
    PlanJson::Reader r;
    RelapsePlan p;
    p.triggers = r.texts(json, "triggers", {});
    p.warningSigns = r.texts(json, "warning_signs", {});
    p.copingStrategies = r.texts(json, "coping_strategies", {});
    const QList<QJsonObject> people = r.objects(json, "people_to_call", {});
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString path = QStringLiteral("people_to_call[%1]").arg(i);
        SupportContact c;
        c.name = r.text(people.at(i), "name", path);
        c.relationship = r.text(people.at(i), "relationship", path);
        c.phone = r.text(people.at(i), "phone", path);
        p.peopleToCall.append(c);
    }
    if (r.failed())
        return r.error(tr("relapse prevention plan"));
    return p;
}

} // namespace stepwise
