// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/UseEvent.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Records a use or relapse (date, substance, how the program learned of it, note), or corrects
// one: a new version, with the reason.
class UseEventDialog : public QDialog
{
    Q_OBJECT
public:
    UseEventDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    UseEventDialog(AppContext& context, const UseEvent& current, QWidget* parent = nullptr);

    UseEventInput input() const; // as on screen
    Id savedId() const { return m_savedId; }
    bool isCorrection() const { return m_replaces != 0; }

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* substanceChoice() const { return m_substance; } // editable: free text too
    QComboBox* sourceChoice() const { return m_source; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* correctionReason() const { return m_reason; }
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void accept() override;

private:
    UseEventDialog(AppContext& context, Id participantId, Id replaces, QWidget* parent);

    AppContext& m_context;
    Id m_participantId;
    Id m_replaces;
    Id m_savedId = 0;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_date;
    QComboBox* m_substance;
    QComboBox* m_source;
    QPlainTextEdit* m_note;
    QLineEdit* m_reason;
    QPushButton* m_save;
};

} // namespace stepwise
