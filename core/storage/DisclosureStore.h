// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consent/Disclosure.h"

#include <QList>

namespace stepwise {

class Database;

// The accounting of disclosures (issue 7): every document released from a participant's record,
// to whom, why, what and under which consent. Rows are never changed or deleted.
//
// An export calls authorize() before it makes the document (to learn what to print: the
// recipient, the purpose and, outside the program, the consent with the 42 CFR part 2 notice),
// then record() once the bytes exist, and releases the file only when record() succeeded.
class DisclosureStore
{
public:
    explicit DisclosureStore(Database& db)
        : m_db(db)
    { }

    // Needs ViewAllReports, or ViewOwnReports for a participant the user reaches (their
    // caseload, the program when counselors see everyone, or emergency access). Refused, as a
    // Validation error with the field under DisclosureRules:
    // - External without a consent id, with a consent of another participant, or with one not
    //   in effect today (the reason from ConsentRules::status), or a recipient or purpose that
    //   is not the consent's;
    // - Participant or Internal naming a consent (they rely on none);
    // - a blank recipient (Participant: "The participant" when left blank), purpose or
    //   description; a period ending before it starts; a document hash that is not 64 hex digits.
    Result<DisclosureAuthorization> authorize(const DisclosureInput& input);
    // authorize() again, inside the transaction that writes the row and its audit row, so a
    // consent revoked meanwhile is caught. Returns the disclosure's id.
    Result<Id> record(const DisclosureInput& input);

    // Needs ViewParticipant. Newest first.
    Result<QList<Disclosure>> list(Id participantId);

private:
    Database& m_db;
};

} // namespace stepwise
