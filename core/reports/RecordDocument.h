// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace stepwise {

// A printable record: what every page says about whom it concerns, and the body as HTML built
// with Html:: (every user-entered text escaped). DocumentRenderer lays it out on pages.
struct RecordDocument
{
    QString title; // "Treatment Plan, version 3"
    QString participantName;
    QString recordNumber;
    QDate dateOfBirth;
    QString clinicName;
    QString programName;
    QString bodyHtml;
    // Larger type, for documents handed to the participant (relapse prevention, aftercare).
    bool forParticipant = false;
};

} // namespace stepwise
