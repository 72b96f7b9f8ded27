// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteListModel.h"

#include "NoteText.h"
#include "common/Format.h"

#include <QBrush>
#include <QFont>

namespace stepwise {

int NoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    const NoteSummary* n = rowAt(index);
    if (!n)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return stepwise::Format::date(n->serviceDate);
        case Occasion:
            return NoteText::occasion(*n);
        case Format:
            return label(n->format);
        case Author:
            return n->authorName;
        case State:
            return NoteText::state(*n, m_now);
        case Addenda:
            return n->addendumCount > 0 ? QString::number(n->addendumCount) : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == State && !n->returnComment.isEmpty())
        return tr("Returned: %1").arg(n->returnComment);
    if (role == Qt::ForegroundRole && index.column() == State
        && (n->late(m_now) || n->state == NoteState::Returned))
        return QBrush(NoteText::warningColor());
    if (role == Qt::FontRole && index.column() == State && n->late(m_now)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Addenda)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Occasion:
        return tr("Session or contact");
    case Format:
        return tr("Format");
    case Author:
        return tr("Author");
    case State:
        return tr("State");
    case Addenda:
        return tr("Addenda");
    }
    return {};
}

} // namespace stepwise
