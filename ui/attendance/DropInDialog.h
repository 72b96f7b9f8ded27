// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;

namespace stepwise {

class Database;

// Picks someone in care who came to a session without being expected. The list is everyone
// with a current phase the user reaches, less those already on the sheet; typing any part of a
// name or record number narrows it.
class DropInDialog : public QDialog
{
    Q_OBJECT
public:
    DropInDialog(Database& db, const QSet<Id>& onSheet, QWidget* parent = nullptr);

    bool hasCandidates() const;
    Id participantId() const { return m_chosenId; }
    QString recordNumber() const { return m_chosenRecord; }
    QString name() const { return m_chosenName; }

public slots:
    void accept() override;

private:
    struct Candidate
    {
        Id id = 0;
        QString recordNumber;
        QString name;
    };
    int match(const QString& text) const;

    QList<Candidate> m_candidates;
    QComboBox* m_combo = nullptr;
    QLabel* m_problem = nullptr;
    Id m_chosenId = 0;
    QString m_chosenRecord;
    QString m_chosenName;
};

} // namespace stepwise
