// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsTable.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace stepwise {

namespace {

// Typing starts editing a cell; moving between cells does not, so Tab walks the table.
constexpr QAbstractItemView::EditTriggers EditTriggers = QAbstractItemView::AnyKeyPressed
    | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
    | QAbstractItemView::SelectedClicked;

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ContactsTable::ContactsTable(const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add Person"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setAccessibleName(accessibleName);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Relationship"), tr("Phone") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A phone number reads badly broken over two lines.
    m_table->horizontalHeader()->setSectionResizeMode(Phone, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().averageCharWidth() * 12);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(EditTriggers);
    m_table->setTabKeyNavigation(true);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ContactsTable::addPerson);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // A corrected cell is no longer marked.
        if (!item->toolTip().isEmpty()) {
            const QSignalBlocker block(m_table);
            item->setToolTip({});
            item->setBackground({});
        }
        emit changed();
    });

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, 0, 3, 1);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->setRowStretch(2, 1);
}

void ContactsTable::addPerson()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(row);
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
    }
    m_table->setFocus();
    m_table->setCurrentCell(row, Name);
    emit changed();
}

QList<int> ContactsTable::filledRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!cell(m_table, r, Name).isEmpty() || !cell(m_table, r, Relationship).isEmpty()
            || !cell(m_table, r, Phone).isEmpty())
            rows.append(r);
    }
    return rows;
}

QList<SupportContact> ContactsTable::contacts() const
{
    QList<SupportContact> out;
    for (int r : filledRows())
        out.append(
            { cell(m_table, r, Name), cell(m_table, r, Relationship), cell(m_table, r, Phone) });
    return out;
}

void ContactsTable::setContacts(const QList<SupportContact>& contacts)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const SupportContact& c : contacts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Name, new QTableWidgetItem(c.name));
        m_table->setItem(row, Relationship, new QTableWidgetItem(c.relationship));
        m_table->setItem(row, Phone, new QTableWidgetItem(c.phone));
    }
}

void ContactsTable::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly
            ? QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers)
            : EditTriggers);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void ContactsTable::clearErrors()
{
    const QSignalBlocker block(m_table);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (QTableWidgetItem* item = m_table->item(r, c)) {
                item->setToolTip({});
                item->setBackground({});
            }
        }
    }
}

QStringList ContactsTable::showErrors(const QString& prefix, const QList<FieldError>& errors)
{
    clearErrors();
    const QList<int> rows = filledRows();
    QStringList messages;
    const QSignalBlocker block(m_table);
    for (const FieldError& e : errors) {
        const QStringList parts = e.field.split(QLatin1Char('.'));
        if (parts.size() != 3 || parts.at(0) != prefix)
            continue;
        bool ok = false;
        const int n = parts.at(1).toInt(&ok);
        if (!ok || n < 0 || n >= rows.size())
            continue;
        const int row = rows.at(n);
        const int column = parts.at(2) == QLatin1String("phone") ? Phone : Name;
        QTableWidgetItem* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setToolTip(e.message);
        item->setBackground(QColor(0xfd, 0xe2, 0xe2));
        const QString who = cell(m_table, row, Name);
        messages.append(who.isEmpty() ? tr("Row %1: %2").arg(row + 1).arg(e.message)
                                      : tr("%1: %2").arg(who, e.message));
    }
    return messages;
}

} // namespace stepwise
