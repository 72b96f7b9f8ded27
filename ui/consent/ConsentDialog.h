// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/Consent.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;
class OptionalDateEdit;

// Records a consent to disclose as the signed form states it: who may receive what, for what
// purpose, from when until a date or an event (or both, whichever comes first), and the day it
// was signed (left unset for a form prepared before signing). Core's refusals appear beside
// their fields. A consent cannot be edited afterwards, so the form says so.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);

    Consent consent() const; // as on screen
    Id savedId() const { return m_savedId; }

    QLineEdit* recipientNameEdit() const { return m_recipientName; }
    QLineEdit* organizationEdit() const { return m_organization; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QPlainTextEdit* informationEdit() const { return m_information; }
    QDateEdit* startEdit() const { return m_start; }
    OptionalDateEdit* expiryEdit() const { return m_expiry; }
    QLineEdit* expiryEventEdit() const { return m_expiryEvent; }
    OptionalDateEdit* signedEdit() const { return m_signed; }
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    Id m_participantId;
    Id m_savedId = 0;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QLineEdit* m_recipientName;
    QLineEdit* m_organization;
    QLineEdit* m_purpose;
    QPlainTextEdit* m_information;
    QDateEdit* m_start;
    OptionalDateEdit* m_expiry;
    QLineEdit* m_expiryEvent;
    OptionalDateEdit* m_signed;
    QPushButton* m_save;
};

} // namespace stepwise
