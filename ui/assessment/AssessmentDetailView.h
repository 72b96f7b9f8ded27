// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Assessment.h"

#include <QTextBrowser>

namespace stepwise {

// One saved assessment item by item: each answer with what it means and the points it scored,
// the items that signal concern marked, the flags, narratives and note, and its version
// history. Everything people typed is escaped: it shows as text, never as markup.
class AssessmentDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit AssessmentDetailView(QWidget* parent = nullptr);
    void showAssessment(const Assessment& assessment, const QList<Assessment>& versions);
    void clearAssessment();

    static QString html(const Assessment& assessment, const QList<Assessment>& versions);
};

} // namespace stepwise
