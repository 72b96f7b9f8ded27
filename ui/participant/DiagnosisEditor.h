// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace stepwise {

class DiagnosisModel;

// The diagnoses of the participant dialog: a small editable table with Add and Remove.
class DiagnosisEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisEditor(QWidget* parent = nullptr);

    void setDiagnoses(const QList<Diagnosis>& diagnoses);
    QList<Diagnosis> diagnoses() const; // rows left blank are dropped
    // Writes back a cell still open in its editor, so Save never loses the last keystrokes.
    void commitPendingEdit();

    DiagnosisModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

public slots:
    void addRow();
    void removeCurrentRow();

private:
    void updateButtons();

    DiagnosisModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace stepwise
