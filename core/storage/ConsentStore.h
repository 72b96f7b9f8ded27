// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consent/Consent.h"

#include <QList>

namespace stepwise {

class Database;

// The participant's consents to disclose (issue 7). A consent is recorded once and never
// changed; its signature (when it was prepared unsigned), the day its expiry event occurred and
// its revocation are each added once. Every write is audited.
class ConsentStore
{
public:
    explicit ConsentStore(Database& db)
        : m_db(db)
    { }

    // Needs WriteRecord for the participant; ConsentRules::validate says what is refused. The
    // signature, event and revocation fields of `consent` are not read: add them afterwards.
    Result<Id> add(const Consent& consent);
    // Needs WriteRecord. Once; ConsentRules::validateRevocation says what is refused.
    Status revoke(Id consentId, const QDate& date, const QString& reason);
    // Needs WriteRecord. The day the participant signed a consent recorded unsigned; once.
    Status recordSignature(Id consentId, const QDate& signedDate);
    // Needs WriteRecord. The day the consent's expiry event occurred; once.
    Status recordExpiryEvent(Id consentId, const QDate& occurredOn);

    // Need ViewParticipant. Newest start first, then newest recorded.
    Result<QList<Consent>> list(Id participantId);
    Result<Consent> get(Id consentId);
    // Those in effect on `date` (ConsentRules::validity is Valid), in list() order.
    Result<QList<Consent>> validConsents(Id participantId, const QDate& date);

private:
    Database& m_db;
};

} // namespace stepwise
