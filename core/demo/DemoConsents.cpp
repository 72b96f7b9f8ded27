// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoConsents.h"

#include "consent/Consent.h"
#include "storage/ConsentStore.h"

#include <QCoreApplication>

namespace stepwise::demo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::demo::DemoConsents", text);
}

// Who a demo consent names. Organisations are fictional; the people are roles, not names.
struct Recipient
{
    const char* person;
    const char* organization;
    const char* purpose;
    const char* information;
    const char* event; // an expiry event, or empty
};

const Recipient recipients[] = {
    { QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "Supervising probation officer"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "Harbor County Adult Probation"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents",
            "Report attendance and progress in treatment to the probation officer"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents",
            "Attendance, drug screen results, progress in treatment and discharge status"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "the end of probation") },
    { QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "Referring physician"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "Lakeside Family Medicine"),
        QT_TRANSLATE_NOOP(
            "stepwise::demo::DemoConsents", "Coordinate care with the primary care provider"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents",
            "Diagnoses, assessment scores, medications and treatment plan"),
        "" },
    { QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "EAP counselor"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents", "Northgate Employee Assistance Program"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents",
            "Confirm participation in treatment for return to work"),
        QT_TRANSLATE_NOOP("stepwise::demo::DemoConsents",
            "Dates of admission and attendance; whether treatment continues"),
        "" },
};

} // namespace

DemoConsents::DemoConsents(DemoRecordContext& context, quint64 seed)
    : m_c(context)
    , m_rng(seed ^ 0x434f4e53454e5453ull) // "CONSENTS"
{ }

Status DemoConsents::write(const RecordSubject& s)
{
    const PlannedEpisode& latest = s.history.last();
    const bool open = !latest.discharge.isValid();
    const QDate admitted = latest.phases.first().start;
    if (!open && latest.discharge < m_c.today.addDays(-365))
        return {};
    if (!m_rng.chance(open ? 0.3 : 0.4))
        return {};
    const Recipient& r = recipients[m_rng.weighted({ 5, 3, 2 })];
    Consent c;
    c.participantId = s.participantId;
    c.recipientName = tr(r.person);
    c.recipientOrganization = tr(r.organization);
    c.purpose = tr(r.purpose);
    c.information = tr(r.information);
    c.startDate = admitted;
    c.signedDate = admitted;
    // In care: a year from admission (renewed for a long stay), or the event if sooner.
    // Discharged: it ended 30 days after discharge, so it shows as expired.
    c.expiryDate = open ? admitted.addYears(1) : latest.discharge.addDays(30);
    if (open && c.expiryDate < m_c.today)
        c.expiryDate = m_c.today.addDays(m_rng.between(30, 180));
    c.expiryEvent = tr(r.event);
    m_c.actAs(s.counselorId);
    if (!m_c.pinOn(admitted, 9, 16))
        return {};
    auto id = ConsentStore(m_c.db).add(c);
    if (!id)
        return id.error();
    ++m_written;
    // One in ten is revoked a few weeks later, while still in care.
    const QDate revoked = admitted.addDays(m_rng.between(14, 60));
    if (open && m_rng.chance(0.1) && revoked < m_c.today && m_c.pinOn(revoked, 9, 16)) {
        if (Status st = ConsentStore(m_c.db).revoke(
                *id, revoked, tr("The participant asked that nothing more be sent."));
            !st)
            return st;
    }
    return {};
}

} // namespace stepwise::demo
