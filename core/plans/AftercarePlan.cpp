// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercarePlan.h"

#include "PlanJson.h"
#include "domain/ParticipantRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AftercarePlan", text);
}

template<typename E> struct Name
{
    E value;
    const char* key;
    const char* label;
};

const Name<AftercareServiceKind> serviceNames[] = {
    { AftercareServiceKind::OutpatientTherapy, "outpatient_therapy",
        QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "Outpatient therapy") },
    { AftercareServiceKind::GroupCounseling, "group_counseling",
        QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "Ongoing group counseling") },
    { AftercareServiceKind::MedicationManagement, "medication_management",
        QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "Medication management") },
    { AftercareServiceKind::Other, "other", QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "Other") },
};

const Name<SupportGroupKind> groupNames[] = {
    { SupportGroupKind::TwelveStep, "twelve_step",
        QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "12-step") },
    { SupportGroupKind::SmartRecovery, "smart_recovery",
        QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "SMART Recovery") },
    { SupportGroupKind::Other, "other", QT_TRANSLATE_NOOP("stepwise::AftercarePlan", "Other") },
};

template<typename E, size_t N> const Name<E>& find(const Name<E> (&names)[N], E value)
{
    for (const Name<E>& n : names) {
        if (n.value == value)
            return n;
    }
    return names[0];
}

template<typename E, size_t N> std::optional<E> parse(const Name<E> (&names)[N], const QString& key)
{
    for (const Name<E>& n : names) {
        if (key == QLatin1String(n.key))
            return n.value;
    }
    return std::nullopt;
}

template<typename E, size_t N> QList<E> all(const Name<E> (&names)[N])
{
    QList<E> list;
    for (const Name<E>& n : names)
        list.append(n.value);
    return list;
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

bool badPhone(const QString& phone)
{
    return !blank(phone) && !ParticipantRules::isPlausiblePhone(phone.trimmed());
}

QString phoneMessage()
{
    return tr("This does not look like a phone number (7 to 20 digits).");
}

} // namespace

QString storageKey(AftercareServiceKind k)
{
    return QLatin1String(find(serviceNames, k).key);
}
QString label(AftercareServiceKind k)
{
    return tr(find(serviceNames, k).label);
}
std::optional<AftercareServiceKind> parseAftercareServiceKind(const QString& key)
{
    return parse(serviceNames, key);
}
QList<AftercareServiceKind> allAftercareServiceKinds()
{
    return all(serviceNames);
}

QString storageKey(SupportGroupKind k)
{
    return QLatin1String(find(groupNames, k).key);
}
QString label(SupportGroupKind k)
{
    return tr(find(groupNames, k).label);
}
std::optional<SupportGroupKind> parseSupportGroupKind(const QString& key)
{
    return parse(groupNames, key);
}
QList<SupportGroupKind> allSupportGroupKinds()
{
    return all(groupNames);
}

QList<FieldError> AftercarePlan::validate() const
{
    QList<FieldError> errors;
    if (services.isEmpty() && supportGroups.isEmpty())
        errors.append({ QStringLiteral("services"),
            tr("Add at least one step-down service or support group.") });
    for (qsizetype i = 0; i < services.size(); ++i) {
        const AftercareService& s = services.at(i);
        const QString base = QStringLiteral("service.%1.").arg(i);
        if (blank(s.provider))
            errors.append({ base + QStringLiteral("provider"), tr("Name the provider.") });
        if (!s.referralDate.isValid() && !s.appointmentDate.isValid())
            errors.append({ base + QStringLiteral("referral_date"),
                tr("Give the referral date or the first appointment.") });
        if (s.appointmentTime.isValid() && !s.appointmentDate.isValid())
            errors.append({ base + QStringLiteral("appointment_date"),
                tr("Give the day of the appointment.") });
        if (badPhone(s.phone))
            errors.append({ base + QStringLiteral("phone"), phoneMessage() });
    }
    for (qsizetype i = 0; i < supportGroups.size(); ++i) {
        const SupportGroup& g = supportGroups.at(i);
        const QString base = QStringLiteral("support_group.%1.").arg(i);
        if (blank(g.name))
            errors.append({ base + QStringLiteral("name"), tr("Name the meeting.") });
        if (g.days.isEmpty())
            errors.append({ base + QStringLiteral("days"), tr("Choose the meeting day(s).") });
        if (!g.time.isValid())
            errors.append({ base + QStringLiteral("time"), tr("Give the meeting time.") });
        if (!g.online && blank(g.location))
            errors.append({ base + QStringLiteral("location"),
                tr("Give where the meeting is, or mark it online.") });
    }
    if (soberLiving) {
        if (blank(soberLiving->residence))
            errors.append({ QStringLiteral("sober_living.residence"),
                tr("Name the sober living residence.") });
        if (badPhone(soberLiving->phone))
            errors.append({ QStringLiteral("sober_living.phone"), phoneMessage() });
    }
    SupportContacts::validate(supportNetwork, QStringLiteral("network"), false, errors);
    return errors;
}

void AftercarePlan::seedFrom(const RelapsePlan& relapse)
{
    const RelapsePlan r = relapse.normalized();
    if (blank(relapseTriggers))
        relapseTriggers = r.triggers.join(QLatin1Char('\n'));
    if (blank(copingPlan))
        copingPlan = r.copingStrategies.join(QLatin1Char('\n'));
    if (supportNetwork.isEmpty())
        supportNetwork = r.peopleToCall;
}

QJsonObject AftercarePlan::toJson() const
{
    QJsonArray serviceArray;
    for (const AftercareService& s : services) {
        serviceArray.append(QJsonObject {
            { QStringLiteral("kind"), storageKey(s.kind) },
            { QStringLiteral("provider"), s.provider },
            { QStringLiteral("contact"), s.contactPerson },
            { QStringLiteral("phone"), s.phone },
            { QStringLiteral("referral_date"), PlanJson::dateText(s.referralDate) },
            { QStringLiteral("appointment_date"), PlanJson::dateText(s.appointmentDate) },
            { QStringLiteral("appointment_time"), PlanJson::timeText(s.appointmentTime) },
            { QStringLiteral("note"), s.note },
        });
    }
    QJsonArray groupArray;
    for (const SupportGroup& g : supportGroups) {
        QJsonArray days;
        for (Qt::DayOfWeek d : g.days)
            days.append(int(d));
        groupArray.append(QJsonObject {
            { QStringLiteral("kind"), storageKey(g.kind) },
            { QStringLiteral("name"), g.name },
            { QStringLiteral("days"), days },
            { QStringLiteral("time"), PlanJson::timeText(g.time) },
            { QStringLiteral("location"), g.location },
            { QStringLiteral("online"), g.online },
        });
    }
    QJsonArray network;
    for (const SupportContact& c : supportNetwork)
        network.append(SupportContacts::toJson(c));
    QJsonObject json {
        { QStringLiteral("services"), serviceArray },
        { QStringLiteral("support_groups"), groupArray },
        { QStringLiteral("relapse_triggers"), relapseTriggers },
        { QStringLiteral("coping_plan"), copingPlan },
        { QStringLiteral("support_network"), network },
    };
    if (soberLiving) {
        json.insert(QStringLiteral("sober_living"),
            QJsonObject {
                { QStringLiteral("residence"), soberLiving->residence },
                { QStringLiteral("address"), soberLiving->address },
                { QStringLiteral("phone"), soberLiving->phone },
                { QStringLiteral("move_in_date"), PlanJson::dateText(soberLiving->moveInDate) },
            });
    }
    return json;
}

QByteArray AftercarePlan::toJsonText() const
{
    return PlanJson::compact(toJson());
}

Result<AftercarePlan> AftercarePlan::fromJson(const QByteArray& text)
{
    auto object = PlanJson::parseObject(text, tr("aftercare plan"));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<AftercarePlan> AftercarePlan::fromJson(const QJsonObject& json)
{
    PlanJson::Reader r;
    AftercarePlan plan;
    const QList<QJsonObject> serviceObjects = r.objects(json, "services", {});
    for (qsizetype i = 0; i < serviceObjects.size(); ++i) {
        const QJsonObject& o = serviceObjects.at(i);
        const QString path = QStringLiteral("services[%1]").arg(i);
        AftercareService s;
        const QString kind = r.text(o, "kind", path);
        if (const auto k = parseAftercareServiceKind(kind))
            s.kind = *k;
        else
            r.fail(path + QStringLiteral(".kind"), tr("unknown service \"%1\"").arg(kind));
        s.provider = r.text(o, "provider", path);
        s.contactPerson = r.text(o, "contact", path);
        s.phone = r.text(o, "phone", path);
        s.referralDate = r.date(o, "referral_date", path);
        s.appointmentDate = r.date(o, "appointment_date", path);
        s.appointmentTime = r.time(o, "appointment_time", path);
        s.note = r.text(o, "note", path);
        plan.services.append(s);
    }
    const QList<QJsonObject> groupObjects = r.objects(json, "support_groups", {});
    for (qsizetype i = 0; i < groupObjects.size(); ++i) {
        const QJsonObject& o = groupObjects.at(i);
        const QString path = QStringLiteral("support_groups[%1]").arg(i);
        SupportGroup g;
        const QString kind = r.text(o, "kind", path);
        if (const auto k = parseSupportGroupKind(kind))
            g.kind = *k;
        else
            r.fail(path + QStringLiteral(".kind"), tr("unknown support group \"%1\"").arg(kind));
        g.name = r.text(o, "name", path);
        const QJsonArray days = r.array(o, "days", path);
        for (const QJsonValue& d : days) {
            const int day = d.toInt(0);
            if (!d.isDouble() || day < 1 || day > 7 || d.toDouble() != day)
                r.fail(path + QStringLiteral(".days"), tr("not a day of the week (1 to 7)"));
            else
                g.days.append(Qt::DayOfWeek(day));
        }
        g.time = r.time(o, "time", path);
        g.location = r.text(o, "location", path);
        g.online = r.boolean(o, "online", path);
        plan.supportGroups.append(g);
    }
    const QJsonObject sober = r.object(json, "sober_living", {});
    if (json.value(QLatin1String("sober_living")).isObject()) {
        const QString path = QStringLiteral("sober_living");
        SoberLiving s;
        s.residence = r.text(sober, "residence", path);
        s.address = r.text(sober, "address", path);
        s.phone = r.text(sober, "phone", path);
        s.moveInDate = r.date(sober, "move_in_date", path);
        plan.soberLiving = s;
    }
    plan.relapseTriggers = r.text(json, "relapse_triggers", {});
    plan.copingPlan = r.text(json, "coping_plan", {});
    const QList<QJsonObject> people = r.objects(json, "support_network", {});
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString path = QStringLiteral("support_network[%1]").arg(i);
        SupportContact c;
        c.name = r.text(people.at(i), "name", path);
        c.relationship = r.text(people.at(i), "relationship", path);
        c.phone = r.text(people.at(i), "phone", path);
        plan.supportNetwork.append(c);
    }
    if (r.failed())
        return r.error(tr("aftercare plan"));
    return plan;
}

} // namespace stepwise
