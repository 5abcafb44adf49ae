export {
  REMIND_DAYS,
  RENEWAL_STEPS,
  daysLeft,
  expiryReminders,
  notificationText,
  type ConnectionUse,
  type ExpiryReminder,
} from './expiry';
export { DAY_MS, startReminderSchedule, type ReminderSchedule, type ReminderScheduleDeps } from './schedule';
