/**
 * Running checks over many files: expanding the paths a user gives into report files, checking
 * each (a failure becomes an error entry, never an abort) and writing outputs atomically.
 */
package reportcheck.batch;
