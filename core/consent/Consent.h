// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace stepwise {

// A participant's written consent to disclose part of their record outside the program, with
// the elements 42 CFR 2.31 asks of one: who receives it, for what purpose, how much and what kind
// of information, until when (a date, an event or both, whichever comes first) and when it was
// signed. The program making the disclosure is this one, so it is not stored per consent.
//
// Once recorded the content never changes (a mistake is a new consent, the wrong one revoked);
// only three facts are added later, each once: the signature when the form was prepared before
// it was signed, the day the expiry event occurred, and the revocation.
struct Consent
{
    Id id = 0;
    Id participantId = 0;
    QString recipientName;         // a person, when the consent names one
    QString recipientOrganization; // an entity; at least one of the two is given
    QString purpose;
    QString information; // how much and what kind of information may be disclosed
    QDate startDate;
    QDate expiryDate;    // the last day it is in effect; null when only an event ends it
    QString expiryEvent; // "completion of probation"; empty when only the date ends it
    QDate signedDate;    // null while not signed
    // The day a clinician recorded that the expiry event occurred; null until then.
    QDate eventOccurredOn;
    Id eventRecordedBy = 0;
    QDate revokedDate; // null unless revoked
    Id revokedBy = 0;  // who recorded the revocation
    QString revokedByName;
    QString revocationReason;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC

    bool isSigned() const { return signedDate.isValid(); }
    bool isRevoked() const { return revokedDate.isValid(); }
    bool operator==(const Consent&) const = default;
};

} // namespace stepwise
