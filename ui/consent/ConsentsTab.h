// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class ConsentDialog;
class ConsentFactDialog;
class ConsentListModel;
class DisclosureListModel;
class PlainLabel;
class ReadOnlyTable;

// The chart's "Consents & Disclosures" tab (42 CFR part 2): the participant's consents to
// disclose with whether each allows a disclosure today and why, the consent selected as it would
// be printed with a disclosure, and below them the accounting of every document released from
// the record. Each action opens its dialog window-modally and returns it; the tab reloads when
// the participant changes.
class ConsentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentsTab(AppContext& context, QWidget* parent = nullptr);

    void showParticipant(Id participantId);
    void reload();

    ConsentListModel* consents() const { return m_consents; }
    DisclosureListModel* disclosures() const { return m_disclosures; }
    ReadOnlyTable* consentsTable() const { return m_consentsView; }
    ReadOnlyTable* disclosuresTable() const { return m_disclosuresView; }
    QString detailText() const;  // the selected consent as printed with a disclosure
    QString problemText() const; // why the lists could not be read; empty when they were
    QPushButton* addButton() const { return m_add; }
    QPushButton* revokeButton() const { return m_revoke; }

public slots:
    ConsentDialog* addConsent();
    ConsentFactDialog* revokeConsent();     // the selected consent; nullptr when none
    ConsentFactDialog* recordSignature();   // the selected, unsigned consent
    ConsentFactDialog* recordExpiryEvent(); // the selected consent, when it names an event

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    template<typename D> D* adopt(D* dialog);

    AppContext& m_context;
    Id m_participantId = 0;
    bool m_writable = false;
    QLabel* m_problem;
    ConsentListModel* m_consents;
    DisclosureListModel* m_disclosures;
    ReadOnlyTable* m_consentsView;
    ReadOnlyTable* m_disclosuresView;
    PlainLabel* m_detail;
    QPushButton* m_add;
    QPushButton* m_sign;
    QPushButton* m_event;
    QPushButton* m_revoke;
};

} // namespace stepwise
