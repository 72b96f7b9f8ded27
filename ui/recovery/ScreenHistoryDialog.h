// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/Toxicology.h"

#include <QDialog>

class QTextBrowser;

namespace stepwise {

class AppContext;

// One screen as recorded, with every version of it (original first): what each said, who
// recorded it when, and why it was corrected. Read-only.
class ScreenHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ScreenHistoryDialog(AppContext& context, Id screenId, QWidget* parent = nullptr);

    QString text() const; // as shown, plain text
    int versionCount() const { return int(m_versions.size()); }

    static QString html(const QList<ToxScreen>& versions, const QList<Medication>& medications);

private:
    QList<ToxScreen> m_versions;
    QTextBrowser* m_view;
};

} // namespace stepwise
