// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <array>
#include <optional>

namespace stepwise {

// How the program learned of a use or relapse.
enum class UseSource { SelfReport, Collateral, Observed, Toxicology };
QString storageKey(UseSource v); // "self_report", "collateral", "observed", "toxicology"
QString label(UseSource v);
std::optional<UseSource> parseUseSource(const QString& text); // key or English label
inline constexpr std::array allUseSources { UseSource::SelfReport, UseSource::Collateral,
    UseSource::Observed, UseSource::Toxicology };

// A recorded use or relapse (issue 6): never changed; a correction is a new version naming this
// one.
struct UseEvent
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0; // the episode of care the date falls in
    QDate occurredOn;
    QString substance; // an Analytes key, or free text ("kratom")
    UseSource source = UseSource::SelfReport;
    QString note;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC
    Id replacesId = 0;
    QString correctionReason;
    bool superseded = false;
    int versionNumber = 1;

    QString substanceLabel() const; // Analytes::label
};

struct UseEventInput
{
    Id participantId = 0;
    QDate occurredOn;
    QString substance;
    UseSource source = UseSource::SelfReport;
    QString note;
};

namespace UseEventRules {

inline constexpr auto OccurredOn = "occurred_on";
inline constexpr auto Substance = "substance";
inline constexpr auto CorrectionReason = "correction_reason";

// A missing or future date, a blank substance. The store adds the episode rules.
QList<FieldError> validate(const UseEventInput& input, const QDate& today);

} // namespace UseEventRules
} // namespace stepwise
