// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisEditor.h"

#include "DiagnosisModel.h"
#include "common/EnumComboDelegate.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stepwise {

DiagnosisEditor::DiagnosisEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new DiagnosisModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Diagnosis"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    m_model->setEditable(true);
    m_view->setObjectName(QStringLiteral("diagnosesView"));
    m_view->setAccessibleName(tr("Diagnoses"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(
        DiagnosisModel::Severity, new EnumComboDelegate<Severity>(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    m_view->horizontalHeader()->setSectionResizeMode(
        DiagnosisModel::Description, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(DiagnosisModel::Code,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("F10.20XX")) + 24);
    m_view->horizontalHeader()->resizeSection(DiagnosisModel::Severity,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("Unspecified")) + 40);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 6);

    auto* hint = new QLabel(tr("ICD-10-CM codes such as F10.20. The first row is the primary "
                               "diagnosis."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_add, &QPushButton::clicked, this, &DiagnosisEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &DiagnosisEditor::removeCurrentRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &DiagnosisEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DiagnosisEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiagnosisEditor::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void DiagnosisEditor::setDiagnoses(const QList<Diagnosis>& diagnoses)
{
    m_model->setRows(diagnoses);
}

QList<Diagnosis> DiagnosisEditor::diagnoses() const
{
    return m_model->diagnoses();
}

void DiagnosisEditor::commitPendingEdit()
{
    // Open editors live in the viewport; the one with focus is the cell being typed into.
    QWidget* editor = QApplication::focusWidget();
    const QModelIndex index = m_view->currentIndex();
    if (editor && editor != m_view->viewport() && m_view->viewport()->isAncestorOf(editor)
        && index.isValid())
        emit m_view->itemDelegateForIndex(index)->commitData(editor);
}

void DiagnosisEditor::addRow()
{
    commitPendingEdit();
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex code = m_model->index(row, DiagnosisModel::Code);
    m_view->setCurrentIndex(code);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(code);
}

void DiagnosisEditor::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRows(current.row(), 1);
}

void DiagnosisEditor::updateButtons()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace stepwise
