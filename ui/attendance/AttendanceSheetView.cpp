// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSheetView.h"

#include "AttendanceSheetModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>

namespace stepwise {

namespace {

bool isMinutes(int column)
{
    return column == AttendanceSheetModel::MinutesLate
        || column == AttendanceSheetModel::MinutesLeftEarly;
}

// The cell editors: a list of statuses (for the mouse), digits only for minutes, a line for the
// note. Enter writes the cell at once and closes it, so the view can move on in the same key
// press instead of waiting for the event loop.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override
    {
        const int column = index.column();
        if (column == AttendanceSheetModel::Status) {
            auto* combo = new QComboBox(parent);
            for (AttendanceStatus s : allAttendanceStatuses)
                combo->addItem(label(s), int(s));
            // A status picked with the mouse is final: no Enter needed.
            auto* self = const_cast<CellDelegate*>(this);
            connect(combo, &QComboBox::activated, self, [self, combo] {
                emit self->commitData(combo);
                emit self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
            });
            return combo;
        }
        if (isMinutes(column)) {
            auto* edit = new QLineEdit(parent);
            // Whole minutes; a session is at most 12 hours, so three digits.
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9]{0,3}")), edit));
            edit->setMaxLength(3);
            edit->setAlignment(Qt::AlignCenter);
            edit->setAccessibleName(index.model()->headerData(column, Qt::Horizontal).toString());
            return edit;
        }
        if (column == AttendanceSheetModel::Note) {
            auto* edit = new QLineEdit(parent);
            edit->setMaxLength(500);
            edit->setAccessibleName(index.model()->headerData(column, Qt::Horizontal).toString());
            return edit;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const int at = combo->findData(index.data(Qt::EditRole).toInt());
            combo->setCurrentIndex(at >= 0 ? at : 0);
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            const QVariant value = index.data(Qt::EditRole);
            if (isMinutes(index.column()))
                edit->setText(value.toInt() > 0 ? QString::number(value.toInt()) : QString());
            else
                edit->setText(value.toString());
            // The first key typed replaces what was there.
            edit->selectAll();
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            model->setData(index, edit->text(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            auto* editor = qobject_cast<QWidget*>(object);
            if (editor && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

} // namespace

AttendanceSheetView::AttendanceSheetView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("attendanceSheet"));
    setAccessibleName(tr("Attendance"));
    setAccessibleDescription(keyHint());
    setItemDelegate(new CellDelegate(this));
    // Letters are commands here, not a search or the start of an edit; F2 and a double click
    // still open a cell.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

void AttendanceSheetView::setSheetModel(AttendanceSheetModel* model)
{
    m_model = model;
    setModel(model);
    fitColumns();
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        goToRow(0);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &AttendanceSheetView::fitColumns);
    goToRow(0);
}

QString AttendanceSheetView::keyHint()
{
    return tr("P or Space present \u00B7 L late, minutes, Enter \u00B7 E left early, minutes, "
              "Enter \u00B7 T telehealth \u00B7 X excused \u00B7 U unexcused \u00B7 Ctrl+S save");
}

std::optional<AttendanceStatus> AttendanceSheetView::statusForKey(int key)
{
    switch (key) {
    case Qt::Key_P:
    case Qt::Key_Space:
        return AttendanceStatus::Present;
    case Qt::Key_L:
        return AttendanceStatus::Late;
    case Qt::Key_E:
        return AttendanceStatus::LeftEarly;
    case Qt::Key_T:
        return AttendanceStatus::Telehealth;
    case Qt::Key_X:
        return AttendanceStatus::ExcusedAbsence;
    case Qt::Key_U:
        return AttendanceStatus::UnexcusedAbsence;
    default:
        return std::nullopt;
    }
}

void AttendanceSheetView::goToRow(int row)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    row = qBound(0, row, m_model->rowCount() - 1);
    const QModelIndex at = m_model->index(row, AttendanceSheetModel::Status);
    setCurrentIndex(at);
    scrollTo(at);
}

void AttendanceSheetView::commitEditing()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget* editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void AttendanceSheetView::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers
        = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QModelIndex current = currentIndex();
    if (m_model && !m_model->isReadOnly() && modifiers == Qt::NoModifier && current.isValid()) {
        if (const auto status = statusForKey(event->key())) {
            applyStatus(current.row(), *status);
            event->accept();
            return;
        }
        // Digits on a minutes cell start typing the minutes there.
        if (isMinutes(current.column()) && event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
            edit(current);
            // The editor opens with the old minutes selected: the digit replaces them.
            if (QWidget* editor = indexWidget(current)) {
                QCoreApplication::sendEvent(editor, event);
                event->accept();
                return;
            }
        }
    }
    QTableView::keyPressEvent(event);
}

void AttendanceSheetView::applyStatus(int row, AttendanceStatus status)
{
    if (!m_model->setStatus(row, status))
        return;
    const int minutesColumn = status == AttendanceStatus::Late ? AttendanceSheetModel::MinutesLate
        : status == AttendanceStatus::LeftEarly ? AttendanceSheetModel::MinutesLeftEarly
                                                : -1;
    if (minutesColumn < 0) {
        goToRow(row + 1);
        return;
    }
    const QModelIndex minutes = m_model->index(row, minutesColumn);
    setCurrentIndex(minutes);
    edit(minutes);
}

void AttendanceSheetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in a status or minutes cell finishes that participant: on to the next row. A note
    // stays where it is (people look at what they wrote).
    const QModelIndex at = currentIndex();
    const bool advance = hint == QAbstractItemDelegate::SubmitModelCache && at.isValid()
        && at.column() != AttendanceSheetModel::Note;
    QTableView::closeEditor(editor, advance ? QAbstractItemDelegate::NoHint : hint);
    if (advance)
        goToRow(at.row() + 1);
}

void AttendanceSheetView::fitColumns()
{
    if (!m_model)
        return;
    QHeaderView* header = horizontalHeader();
    int statusWidth = header->fontMetrics().horizontalAdvance(
        m_model->headerData(AttendanceSheetModel::Status, Qt::Horizontal).toString());
    for (AttendanceStatus s : allAttendanceStatuses)
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(label(s)));
    setColumnWidth(AttendanceSheetModel::Status, statusWidth + 28);
    for (int column :
        { int(AttendanceSheetModel::MinutesLate), int(AttendanceSheetModel::MinutesLeftEarly) })
        setColumnWidth(column,
            header->fontMetrics().horizontalAdvance(
                m_model->headerData(column, Qt::Horizontal).toString())
                + 24);
    resizeColumnToContents(AttendanceSheetModel::Participant);
    setColumnWidth(AttendanceSheetModel::Participant,
        columnWidth(AttendanceSheetModel::Participant) + fontMetrics().averageCharWidth() * 3);
    // A long name must not push the note off the screen.
    const int widest = qMax(viewport()->width(), 600) * 2 / 5;
    if (columnWidth(AttendanceSheetModel::Participant) > widest)
        setColumnWidth(AttendanceSheetModel::Participant, widest);
}

} // namespace stepwise
