import { Alert, ErrorSummary, type FieldErrors } from '../../../web/components/form.tsx';

/** Problems of a form: the ones without a field as an alert, the others as the linked summary. */
export const FormErrors = ({ title, errors }: { title: string; errors: FieldErrors }) => {
  const { form, ...fieldErrors } = errors;

  return (
    <>
      {form ? <Alert type="error">{form}</Alert> : null}
      <ErrorSummary title={title} errors={fieldErrors} />
    </>
  );
};
