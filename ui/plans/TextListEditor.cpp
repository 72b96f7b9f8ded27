// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextListEditor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace stepwise {

TextListEditor::TextListEditor(
    const QString& accessibleName, const QString& placeholder, QWidget* parent)
    : QWidget(parent)
    , m_entry(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    m_entry->setPlaceholderText(placeholder);
    m_entry->setAccessibleName(accessibleName);
    m_list->setAccessibleName(accessibleName);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setWordWrap(true);
    // Enter in the field adds the line; it must not also press the dialog's default button.
    for (QPushButton* b : { m_add, m_remove, m_up, m_down })
        b->setAutoDefault(false);
    m_up->setToolTip(tr("Move the selected line up"));
    m_down->setToolTip(tr("Move the selected line down"));

    m_entry->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &TextListEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &TextListEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TextListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &TextListEditor::changed);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entry, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0, 4, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_up, 2, 1);
    layout->addWidget(m_down, 3, 1);
    layout->setRowStretch(4, 1);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    updateButtons();
}

bool TextListEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Enter adds the line and goes no further: in a dialog it would press the default button.
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList TextListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void TextListEditor::setItems(const QStringList& items)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QString& text : items) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void TextListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_entry->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_up->setVisible(!readOnly);
    m_down->setVisible(!readOnly);
    m_list->setEditTriggers(readOnly
            ? QAbstractItemView::NoEditTriggers
            : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
}

void TextListEditor::addEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty() || m_readOnly)
        return;
    {
        const QSignalBlocker block(m_list);
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_entry->clear();
    updateButtons();
    emit changed();
}

void TextListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_readOnly)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit changed();
}

void TextListEditor::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count() || m_readOnly)
        return;
    {
        const QSignalBlocker block(m_list);
        QListWidgetItem* item = m_list->takeItem(row);
        m_list->insertItem(to, item);
    }
    m_list->setCurrentRow(to);
    emit changed();
}

void TextListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace stepwise
