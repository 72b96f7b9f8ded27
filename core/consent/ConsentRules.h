// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consent/Consent.h"

#include <QList>

namespace stepwise {

// Whether a consent authorizes a disclosure on a given day, and if not, why not.
enum class ConsentValidity {
    Valid,
    NotSigned,         // unsigned, or signed only after the day asked about
    NotYetStarted,     // before its start date
    Expired,           // after its expiry date
    ExpiryEventPassed, // on or after the day its expiry event was recorded as occurred
    Revoked,           // on or after the revocation date
};

struct ConsentStatus
{
    ConsentValidity validity = ConsentValidity::NotSigned;
    QString reason; // translated, for people: why it is or is not in effect on that day
    bool valid() const { return validity == ConsentValidity::Valid; }
};

namespace ConsentRules {

// Field keys of the errors below, shared with the consent form.
inline constexpr auto Recipient = "recipient";
inline constexpr auto Purpose = "purpose";
inline constexpr auto Information = "information";
inline constexpr auto StartDate = "start_date";
inline constexpr auto Expiry = "expiry";
inline constexpr auto SignedDate = "signed_date";
inline constexpr auto RevokedDate = "revoked_date";
inline constexpr auto RevocationReason = "revocation_reason";
inline constexpr auto EventOccurredOn = "event_occurred_on";

ConsentValidity validity(const Consent& consent, const QDate& on);
// The validity with its reason: "In effect until 2025-09-01", "Revoked on 2025-04-02: ...".
ConsentStatus status(const Consent& consent, const QDate& on);
QString label(ConsentValidity validity); // "Valid", "Not signed", "Expired", ...

// What add() refuses: no recipient, a blank purpose or description of the information, no
// start date, neither expiry date nor event, an expiry before the start, a future signature.
QList<FieldError> validate(const Consent& consent, const QDate& today);
// What revoking refuses: a missing or future date, one before the signature, a blank reason,
// a consent not signed or already revoked.
QList<FieldError> validateRevocation(
    const Consent& consent, const QDate& date, const QString& reason, const QDate& today);
// Recording the signature later: a missing or future date, or one already recorded.
QList<FieldError> validateSignature(const Consent& consent, const QDate& date, const QDate& today);
// Recording that the expiry event occurred: only for a consent with an event, once, on a day
// not in the future and not before the start.
QList<FieldError> validateEventOccurred(
    const Consent& consent, const QDate& date, const QDate& today);

// "Jordan Lee, County Probation Department": the name, the organization or both.
QString recipientText(const Consent& consent);
// "2025-03-01 to 2025-09-01 or completion of probation, whichever comes first".
QString periodText(const Consent& consent);
// The consent as printed with a disclosure that relies on it (42 CFR 2.32(b), 2024 rule: a copy
// or a clear explanation of its scope): plain text, one element a line, dates in ISO form.
QString describe(const Consent& consent);

} // namespace ConsentRules
} // namespace stepwise
