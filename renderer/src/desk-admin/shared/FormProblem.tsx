import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** The server's sentence above a form, with the messages that have no field of their own. */
export function FormProblem({ message, details = [] }: { message: string; details?: string[] }) {
  return (
    <Alert
      color="red"
      variant="light"
      title={message}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      className="da-form-problem"
    >
      {details.length > 0 && (
        <List size="md">
          {details.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
