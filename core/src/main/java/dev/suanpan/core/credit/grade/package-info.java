/**
 * Credit grade review (信用等级评定): {@link dev.suanpan.core.credit.grade.GradeReview} proposes a grade
 * from a customer's payment history by the policy's criteria, as a {@link
 * dev.suanpan.core.credit.grade.GradeProposal} awaiting approval.
 */
package dev.suanpan.core.credit.grade;
