// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTree.h"

#include "common/Clock.h"
#include "common/Format.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTimer>

namespace stepwise {

namespace {

QString orPlaceholder(const QString& text, const QString& placeholder)
{
    const QString t = text.simplified();
    return t.isEmpty() ? placeholder : t;
}

// QTreeView asks its delegate for row heights without the column's width, so wrapped text
// would be cut to one line: this measures the text at the width the column gives it.
class WrapDelegate : public QStyledItemDelegate
{
public:
    explicit WrapDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int width = m_view->columnWidth(index.column());
        if (index.column() == 0) {
            int depth = m_view->rootIsDecorated() ? 1 : 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            width -= m_view->indentation() * depth;
        }
        if (!opt.icon.isNull())
            width -= opt.decorationSize.width() + 6;
        width -= 12; // the text margins on both sides
        if (width < 40 || opt.text.isEmpty())
            return base;
        const QRect text
            = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return { base.width(), std::max(base.height(), text.height() + 6) };
    }

private:
    QTreeView* m_view;
};

} // namespace

void PlanTree::wrapLongText(QTreeView* view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setItemDelegate(new WrapDelegate(view));
    // Row heights follow the column's width when the view or the column is resized.
    auto relayout = [view] { QTimer::singleShot(0, view, [view] { view->doItemsLayout(); }); };
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, relayout);
}

PlanTree::PlanTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Plan"), tr("Target date"), tr("Status") });
    setAccessibleName(tr("Treatment plan"));
    wrapLongText(this);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(Item, QHeaderView::Stretch);
    header()->setSectionResizeMode(TargetDate, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
}

void PlanTree::setEmptyText(const QString& text)
{
    m_emptyText = text;
}

QString PlanTree::problemText(const PlanProblem& p, int number)
{
    QString text = tr("Problem %1: %2")
                       .arg(number)
                       .arg(orPlaceholder(p.statement, tr("(no statement yet)")));
    if (!p.diagnosisCode.trimmed().isEmpty())
        text += tr(" [%1]").arg(p.diagnosisCode.trimmed());
    return text;
}

QString PlanTree::goalText(const PlanGoal& g, int number)
{
    const QString words = g.participantWords.simplified();
    const QString clinical = g.clinicalTerms.simplified();
    if (words.isEmpty() && clinical.isEmpty())
        return tr("Goal %1: (not written yet)").arg(number);
    if (words.isEmpty())
        return tr("Goal %1: %2").arg(number).arg(clinical);
    if (clinical.isEmpty())
        return tr("Goal %1: \u201C%2\u201D").arg(number).arg(words);
    return tr("Goal %1: \u201C%2\u201D \u2014 %3").arg(number).arg(words, clinical);
}

QString PlanTree::objectiveText(const PlanObjective& o, int number)
{
    return tr("Objective %1: %2").arg(number).arg(orPlaceholder(o.text, tr("(not written yet)")));
}

QString PlanTree::interventionText(const PlanIntervention& i)
{
    const QString service = orPlaceholder(i.serviceType, tr("(service not chosen)"));
    QString text = i.frequency.trimmed().isEmpty()
        ? service
        : tr("%1, %2").arg(service, i.frequency.simplified());
    if (!i.responsibleName.trimmed().isEmpty())
        text += tr(" \u2014 %1").arg(i.responsibleName.simplified());
    return text;
}

QColor PlanTree::statusColor(const PlanObjective& o)
{
    if (o.status == ObjectiveStatus::Met)
        return QColor(0x1e, 0x7a, 0x3a);
    if (!isClosed(o.status) && o.targetDate.isValid() && o.targetDate < Clock::instance().today())
        return QColor(0xa8, 0x1e, 0x1e);
    return {};
}

QTreeWidgetItem* PlanTree::itemForKey(const QString& key) const
{
    for (QTreeWidgetItemIterator it(const_cast<PlanTree*>(this)); *it; ++it) {
        if ((*it)->data(Item, KeyRole).toString() == key)
            return *it;
    }
    return nullptr;
}

void PlanTree::setPlan(const TreatmentPlan& plan)
{
    clear();
    if (plan.problems.isEmpty() && !m_emptyText.isEmpty()) {
        auto* empty = new QTreeWidgetItem(this, { m_emptyText });
        empty->setFlags(Qt::ItemIsEnabled);
        empty->setForeground(Item, palette().color(QPalette::PlaceholderText));
        return;
    }
    int pn = 0;
    for (const PlanProblem& p : plan.problems) {
        auto* pi = new QTreeWidgetItem(this, { problemText(p, ++pn) });
        pi->setData(Item, KeyRole, p.key);
        QFont bold = pi->font(Item);
        bold.setBold(true);
        pi->setFont(Item, bold);
        int gn = 0;
        for (const PlanGoal& g : p.goals) {
            auto* gi = new QTreeWidgetItem(pi, { goalText(g, ++gn) });
            gi->setData(Item, KeyRole, g.key);
            int on = 0;
            for (const PlanObjective& o : g.objectives) {
                auto* oi = new QTreeWidgetItem(
                    gi, { objectiveText(o, ++on), Format::date(o.targetDate), label(o.status) });
                oi->setData(Item, KeyRole, o.key);
                if (const QColor c = statusColor(o); c.isValid())
                    oi->setForeground(Status, c);
                for (const PlanIntervention& i : o.interventions) {
                    auto* ii = new QTreeWidgetItem(oi, { interventionText(i) });
                    ii->setData(Item, KeyRole, i.key);
                }
            }
        }
    }
    expandAll();
}

} // namespace stepwise
