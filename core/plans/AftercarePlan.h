// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelapsePlan.h"
#include "common/Result.h"

#include <QDate>
#include <QTime>
#include <optional>

namespace stepwise {

enum class AftercareServiceKind { OutpatientTherapy, GroupCounseling, MedicationManagement, Other };
QString storageKey(AftercareServiceKind k); // "outpatient_therapy", "group_counseling", ...
QString label(AftercareServiceKind k);
std::optional<AftercareServiceKind> parseAftercareServiceKind(const QString& key);
QList<AftercareServiceKind> allAftercareServiceKinds();

enum class SupportGroupKind { TwelveStep, SmartRecovery, Other };
QString storageKey(SupportGroupKind k); // "twelve_step", "smart_recovery", "other"
QString label(SupportGroupKind k);
std::optional<SupportGroupKind> parseSupportGroupKind(const QString& key);
QList<SupportGroupKind> allSupportGroupKinds();

// A step-down service the participant is referred to.
struct AftercareService
{
    AftercareServiceKind kind = AftercareServiceKind::OutpatientTherapy;
    QString provider; // the practice or agency
    QString contactPerson;
    QString phone;
    QDate referralDate;
    QDate appointmentDate; // the first appointment
    QTime appointmentTime; // null when only the day is known
    QString note;
    bool operator==(const AftercareService&) const = default;
};

struct SupportGroup
{
    SupportGroupKind kind = SupportGroupKind::TwelveStep;
    QString name; // "Tuesday Night Big Book", "SMART Recovery online"
    QList<Qt::DayOfWeek> days;
    QTime time;
    QString location;
    bool online = false;
    bool operator==(const SupportGroup&) const = default;
};

struct SoberLiving
{
    QString residence;
    QString address;
    QString phone;
    QDate moveInDate;
    bool operator==(const SoberLiving&) const = default;
};

// What continues after the program: step-down services with referrals and appointments,
// support groups with meeting times, sober living, the relapse triggers and coping plan, and
// the support network. Written at or before discharge; every save is a new version.
struct AftercarePlan
{
    QList<AftercareService> services;
    QList<SupportGroup> supportGroups;
    std::optional<SoberLiving> soberLiving;
    QString relapseTriggers;
    QString copingPlan;
    QList<SupportContact> supportNetwork;

    // At least one service or support group ("services"); each service a provider
    // ("service.N.provider") and a referral date or first appointment ("service.N.referral_date"),
    // an appointment time only with its date ("service.N.appointment_date"), a plausible phone
    // ("service.N.phone"); each group a name ("support_group.N.name"), meeting days
    // ("support_group.N.days"), a time ("support_group.N.time"), a location or online
    // ("support_group.N.location"); sober living a residence ("sober_living.residence") and a
    // plausible phone ("sober_living.phone"); each person in the network a name and a plausible
    // phone when given ("network.N.name", "network.N.phone"). N counts from 0.
    QList<FieldError> validate() const;

    // Fills the triggers, the coping plan and an empty support network from the relapse
    // prevention plan, so the discharge conversation starts from what the participant wrote.
    void seedFrom(const RelapsePlan& relapse);

    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    static Result<AftercarePlan> fromJson(const QByteArray& text);
    static Result<AftercarePlan> fromJson(const QJsonObject& json);

    bool operator==(const AftercarePlan&) const = default;
};

} // namespace stepwise
