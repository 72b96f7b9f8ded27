// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/TreatmentPlan.h"

#include <QTreeWidget>

namespace stepwise {

// A treatment plan as a tree to read: problems, their goals, the objectives with target date
// and status, and the interventions for each objective. Also the wording of each line, shared
// with the editor's tree.
class PlanTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { Item, TargetDate, Status, ColumnCount };
    // Item data: the item's key ("p1", "o3"), under Qt::UserRole on column 0.
    static constexpr int KeyRole = Qt::UserRole;

    explicit PlanTree(QWidget* parent = nullptr);
    void setPlan(const TreatmentPlan& plan);
    void setEmptyText(const QString& text);

    // The item showing the item with this key, or nullptr.
    QTreeWidgetItem* itemForKey(const QString& key) const;

    static QString problemText(const PlanProblem& p, int number);
    static QString goalText(const PlanGoal& g, int number);
    static QString objectiveText(const PlanObjective& o, int number);
    static QString interventionText(const PlanIntervention& i);
    // Red for an objective past its target date and still open, green once met.
    static QColor statusColor(const PlanObjective& o);
    // Long lines of `view`'s first column wrap onto more lines, and rows grow to show them,
    // rather than being cut off with an ellipsis.
    static void wrapLongText(QTreeView* view);

private:
    QString m_emptyText;
};

} // namespace stepwise
