// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/Toxicology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Records a drug screen, or corrects one (a new version, with a reason). A panel fills one row
// per analyte, negative until changed; each positive row says whether it will be marked
// expected from the medications active on the collection date, or lets the clinician mark it
// by hand with a reason. From the keyboard: Tab moves through the result boxes, N, P, D and I
// pick negative, positive, dilute and invalid, Ctrl+Delete removes the row.
class ScreenDialog : public QDialog
{
    Q_OBJECT
public:
    ScreenDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    // Correction of `current`, which must be the current version.
    ScreenDialog(AppContext& context, const ToxScreen& current, QWidget* parent = nullptr);

    ToxScreenInput input() const; // as on screen; `expected` only where marked by hand
    Id savedId() const { return m_savedId; }
    bool isCorrection() const { return m_replaces != 0; }

    // Fills the rows with a preset's analytes (Analytes::panels() key), keeping the results
    // already chosen for analytes the new panel also has.
    void choosePanel(const QString& panelKey);
    // Adds a row (key, code or label as typed); an analyte already listed gets the focus.
    void addAnalyte(const QString& text);
    void removeRow(int row);

    int rowCount() const { return int(m_rows.size()); }
    int rowOf(const QString& analyte) const; // -1 when not listed
    QString analyteAt(int row) const;
    QComboBox* resultCombo(int row) const;
    QLabel* expectedPreview(int row) const; // "Expected: prescribed …" or "Not explained …"
    QCheckBox* markExpected(int row) const;
    QLineEdit* expectedReason(int row) const;
    QLabel* rowError(int row) const;

    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* observedBox() const { return m_observed; }
    QComboBox* panelChoice() const { return m_panel; }
    QLineEdit* correctionReason() const { return m_reason; }
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        QString analyte;
        QWidget* widget = nullptr;
        QComboBox* result = nullptr;
        QLabel* preview = nullptr;
        QCheckBox* mark = nullptr;
        QLineEdit* reason = nullptr;
        QToolButton* remove = nullptr;
        QLabel* error = nullptr;
    };
    ScreenDialog(AppContext& context, Id participantId, Id replaces, QWidget* parent);
    void build();
    void appendRow(const QString& analyte, ToxResultValue value);
    void updatePreview();
    void showErrors(const Error& error);
    int rowOfWidget(const QObject* object) const;

    AppContext& m_context;
    Id m_participantId;
    Id m_replaces;
    Id m_savedId = 0;
    QList<Medication> m_medications;
    QList<Row> m_rows;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_date;
    QCheckBox* m_observed;
    QComboBox* m_specimen;
    QComboBox* m_panel;
    QWidget* m_rowsWidget;
    QVBoxLayout* m_rowsLayout;
    QLabel* m_noRows;
    QComboBox* m_newAnalyte;
    QPlainTextEdit* m_note;
    QLineEdit* m_reason;
    QPushButton* m_save;
};

} // namespace stepwise
