// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Readmits a discharged participant: a new episode in the intensive phase, the earlier episodes
// listed above it as they were.
class ReadmitDialog : public QDialog
{
    Q_OBJECT
public:
    ReadmitDialog(AppContext& context, Id participantId, const QList<Episode>& episodes,
        QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    MessageBar* messageBar() const { return m_messageBar; }
    Id episodeId() const { return m_episodeId; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    Id m_participantId;
    Id m_episodeId = 0;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_date;
    QLineEdit* m_reason;
};

} // namespace stepwise
