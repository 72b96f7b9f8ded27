// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace stepwise {

// A printable record: what every page says about whom it concerns, and the body as HTML built
// with Html:: (every user-entered text escaped). DocumentRenderer lays it out on pages.
struct RecordDocument
{
    QString title; // "Treatment Plan, version 3"
    QString participantName;
    // The header's left side for a document about no one participant (the program outcomes);
    // unused when participantName is set.
    QString subject;
    QString recordNumber;
    QDate dateOfBirth;
    QString clinicName;
    QString programName;
    QString bodyHtml;
    // Larger type, for documents handed to the participant (relapse prevention, aftercare).
    bool forParticipant = false;
    // Pictures the body refers to as <img src="NAME">: charts drawn at print resolution.
    QList<QPair<QString, QImage>> images;
    // Printed at the foot of every page instead of the plain confidentiality line: a
    // disclosure under 42 CFR Part 2 carries the regulation's short notice on each page.
    QString footerNotice;
};

} // namespace stepwise
