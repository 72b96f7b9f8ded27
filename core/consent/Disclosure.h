// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consent/Consent.h"
#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace stepwise {

// Who receives a document drawn from the record. Only External needs the participant's written
// consent (42 CFR 2.31, 2.33); every kind is entered in the accounting of disclosures all the
// same, so the participant can be told what left the record and when.
enum class DisclosureKind {
    Participant, // given to the participant themselves (right of access, 42 CFR 2.23)
    Internal,    // within the program: clinical review, supervision, a case conference
    External,    // anyone outside the program: needs a consent valid on the day
};

QString storageKey(DisclosureKind k); // "participant", "internal", "external"
std::optional<DisclosureKind> parseDisclosureKind(const QString& key);
QString label(DisclosureKind k); // "To the participant", "Within the program", "Outside ..."

// What an export tells DisclosureStore::record about the document it is about to release.
struct DisclosureInput
{
    Id participantId = 0;
    DisclosureKind kind = DisclosureKind::External;
    // External: may be left empty to take the consent's recipient and purpose; when given they
    // must be the consent's (compared ignoring case and surrounding spaces).
    QString recipient;
    QString purpose;
    QString description; // what was sent: "Progress summary, 2025-01-06 to 2025-03-10"
    QDate periodFrom;    // the period the document covers; both may be null
    QDate periodTo;
    QStringList sections;   // the parts included ("Attendance", "Assessments"), as shown to people
    QString documentSha256; // hex of the bytes released; empty when no file was made
    Id consentId = 0;       // External only: the consent it relies on
};

// What DisclosureStore::authorize settles before a document is made: the recipient and purpose
// to print and record, and for External the consent to print with the 42 CFR part 2 notice.
struct DisclosureAuthorization
{
    QString recipient;
    QString purpose;
    std::optional<Consent> consent; // External only
};

namespace DisclosureRules {
// Field keys of the refusals of DisclosureStore::record.
inline constexpr auto ConsentField = "consent";
inline constexpr auto Recipient = "recipient";
inline constexpr auto Purpose = "purpose";
inline constexpr auto Description = "description";
inline constexpr auto Period = "period";
inline constexpr auto DocumentSha256 = "document_sha256";
} // namespace DisclosureRules

// One entry of the accounting of disclosures (42 CFR 2.25 style): never changed or deleted.
struct Disclosure
{
    Id id = 0;
    Id participantId = 0;
    DisclosureKind kind = DisclosureKind::External;
    QString recipient;
    QString purpose;
    QString description;
    QDate periodFrom;
    QDate periodTo;
    QStringList sections;
    QString documentSha256;
    Id consentId = 0;      // 0 for Participant and Internal
    QDateTime disclosedAt; // UTC
    Id disclosedBy = 0;
    QString disclosedByName;
    bool operator==(const Disclosure&) const = default;
};

} // namespace stepwise
