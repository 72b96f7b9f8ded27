// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace stepwise {

// The start page of an administrator without a clinical role: no caseload (they may not read
// clinical records), but the administration pages there are, one button each.
class AdminHomePage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminHomePage(const QString& userName, QWidget* parent = nullptr);

    // A button for an administration page; `open` shows it (the Administration menu's action).
    void addPage(QAction* open);
    QStringList pageTitles() const;

private:
    QVBoxLayout* m_buttons;
    QLabel* m_none;
    QList<QAction*> m_pages;
};

} // namespace stepwise
