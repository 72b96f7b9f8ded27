// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Assessment.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace stepwise {

// The red strip under a participant's name while a safety alert is open: what raised it and
// when, and the button to record the follow-up. Hidden when nothing is open.
class SafetyAlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SafetyAlertBanner(QWidget* parent = nullptr);
    void setAlerts(const QList<SafetyAlert>& openAlerts);
    const QList<SafetyAlert>& alerts() const { return m_alerts; }
    QLabel* textLabel() const { return m_text; }
    QPushButton* followUpButton() const { return m_button; }

signals:
    void followUpRequested(const stepwise::SafetyAlert& alert);

private:
    QList<SafetyAlert> m_alerts;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace stepwise
