// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftStore.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace stepwise {

class Database;

// The strip at the top of a form that offers its owner the draft they left when someone else
// took the workstation: "Resume your draft from 14:05". Hidden when there is none.
class DraftOffer : public QFrame
{
    Q_OBJECT
public:
    DraftOffer(Database& db, const QString& kind, Id subjectId, QWidget* parent = nullptr);

    bool isOffering() const { return m_draft.has_value(); }
    QString text() const;
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* discardButton() const { return m_discard; }

    // "14:05" for today, else the date (as the forms show dates) and the time.
    static QString when(const QDateTime& savedAt);

public slots:
    void resume();
    void discard();

signals:
    // The draft, now taken out of the store: the form fills itself from it.
    void resumed(const stepwise::Draft& draft);

private:
    void showProblem(const QString& text);

    Database& m_db;
    std::optional<Draft> m_draft;
    QLabel* m_text;
    QPushButton* m_resume;
    QPushButton* m_discard;
};

} // namespace stepwise
